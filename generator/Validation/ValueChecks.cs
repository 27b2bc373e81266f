using System.Collections.Concurrent;

using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>Checks shared by every kind of front matter: required values, refs, dates, allowed words.</summary>
public sealed class ValueChecks(DiagnosticBag diagnostics)
{
    public const string RefExample = "มท ๐๘๑๐.๓/ว ๗๖";

    // The same texts recur across a corpus (a cited letter's ref in every letter that cites it, a day's date in
    // every letter of that day; in the bench corpus half the refs and three quarters of the dates), so each
    // distinct text is parsed once per run. Messages are still reported at every place the text stands.
    private readonly ConcurrentDictionary<string, CircularRef?> _refs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateParseResult> _dates = new(StringComparer.Ordinal);

    /// <summary>The trimmed value, or null after reporting a missing or empty required key.</summary>
    /// <param name="misshapen">Keys already reported for a value of the wrong shape: not reported missing again.</param>
    public string? Required(Located<string>? value, string key, SourceLocation ownerLocation, string? owner = null, IReadOnlySet<string>? misshapen = null)
    {
        var where = owner is null ? "" : $" in '{owner}'";
        if (value is null && misshapen?.Contains(key) == true)
        {
            return null;
        }

        if (value is null)
        {
            diagnostics.Error(ownerLocation, $"missing required key '{key}'{where}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(value.Value))
        {
            diagnostics.Error(value.Location, $"required key '{key}'{where} is empty");
            return null;
        }

        return value.Value.Trim();
    }

    public CircularRef? Ref(Located<string> value, string key)
    {
        if (_refs.GetOrAdd(value.Value, static text => CircularRef.TryParse(text, out var parsed) ? parsed : null) is { } reference)
        {
            return reference;
        }

        var offer = RefSuggestions.For(value.Value) is { } meant ? $"; did you mean {meant}? the slash is '/', write ref: {meant}"
            : RefSuggestions.Dated(value.Value) is { } dated ? $"; it ends with the letter's date: write ref: {dated.Ref}, and the date on a line of its own, date: {dated.Date}"
            : "";
        diagnostics.Error(value.Location,
            $"malformed {key} '{value.Value.Trim()}': write agency letters, office number, '/', then the number, e.g. {RefExample}{offer}");
        return null;
    }

    public DateOnly? Date(Located<string> value, string key)
    {
        var result = _dates.GetOrAdd(value.Value, static text => ThaiDates.Parse(text));
        if (result.Error is { } error)
        {
            var offer = DateSuggestions.For(value.Value) is { } meant ? DateSuggestions.Offer(meant, key)
                : DateSuggestions.EitherWay(value.Value) is { } either ? DateSuggestions.OfferEither(either, key)
                : "";
            // The parser's example date (2025-01-23) says nothing to an editor offered the date meant.
            if (offer.Length > 0 && error.EndsWith(ThaiDates.UnreadableDateHint, StringComparison.Ordinal))
            {
                error = error[..^ThaiDates.UnreadableDateHint.Length];
            }

            diagnostics.Error(value.Location, $"invalid {key}: {error}{offer}");
        }

        if (result.Warning is { } warning)
        {
            diagnostics.Warning(value.Location, warning);
        }

        return result.Date;
    }

    /// <summary>
    /// A value that must be one of a fixed list, or null (absent or rejected). Spaces inside it do not count
    /// (ด่วน ที่สุด), nor does the case of Latin letters (External); <paramref name="aliases"/> maps other names
    /// of a value to it (คำสั่ง for order).
    /// </summary>
    /// <param name="named">How the error names each value, when a key alone says too little (<c>directive (หนังสือสั่งการ: …)</c>).</param>
    public string? OneOf(Located<string>? value, string key, IEnumerable<string> allowed, IReadOnlyDictionary<string, string>? aliases = null,
        Func<string, string>? named = null)
    {
        if (value is null || string.IsNullOrWhiteSpace(value.Value))
        {
            return null;
        }

        var text = value.Value.Trim();
        var options = allowed.ToList();
        // Most files write the value exactly (order, ด่วนที่สุด): no need to normalise it.
        if (options.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var bare = string.Concat(ThaiTextRepair.Repair(text).Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        if (options.FirstOrDefault(option => option.ToLowerInvariant() == bare) is { } option)
        {
            return option;
        }

        if (aliases is not null && aliases.TryGetValue(bare, out var aliased))
        {
            return aliased;
        }

        diagnostics.Error(value.Location, $"unknown {key} '{text}': use one of {string.Join(", ", named is null ? options : options.Select(named))}");
        return null;
    }

    /// <summary>The slug given, or the default from the file or folder name; null after reporting a bad one.</summary>
    public string? Slug(Located<string>? given, string defaultSlug, SourceLocation fileLocation)
    {
        if (given is not null)
        {
            var slug = given.Value.Trim();
            if (Slugs.IsValid(slug))
            {
                return slug;
            }

            diagnostics.Error(given.Location, $"slug '{slug}' must be {Slugs.Rule}");
            return null;
        }

        var fromName = defaultSlug.ToLowerInvariant();
        if (Slugs.IsValid(fromName))
        {
            return fromName;
        }

        diagnostics.Error(fileLocation,
            $"the name '{defaultSlug}' cannot be a URL: add 'slug:' with {Slugs.Rule}, or rename the file");
        return null;
    }
}
