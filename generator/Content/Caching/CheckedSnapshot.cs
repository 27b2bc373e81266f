using GeccPortal.Generator.Model;
using GeccPortal.Generator.Validation;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// What the checks of one circular on its own (<see cref="CircularChecks"/>) and the model's repairs
/// (<see cref="ShownFields"/>) made of a file, kept in the source cache beside its front matter. A rebuild takes it
/// for a file whose length and time match, instead of checking and repairing the file again: the checks over all
/// files (duplicates, citations, agency letters, tags) still run over every circular.
/// <para>
/// What it depends on besides the file: its path (the key; the default slug and the attachments' folder come from it),
/// agencies.yml (the agency it is filed under, and its name), and the generator build. The cache keeps snapshots
/// made under one settings stamp (<see cref="LoadedContent.SettingsStamp"/>: site.yml, agencies.yml, the pages and
/// the generator build) and none survive a change of it. Only a file whose checks found nothing is kept, so a
/// file's error or warning is reported by every build until it is fixed; and only one with no attached file (the
/// checks ask the file system about those) and whose refs need no heading (those are read with the issuer's line).
/// The checks also compare the letter's date with today, but only to warn about a date still far ahead: one that
/// passed yesterday passes today.
/// </para>
/// </summary>
/// <param name="Slug">Null for the file's default slug (its name), which the loader has made already.</param>
public sealed record CheckedSnapshot(
    CircularRef? Ref,
    string? RefText,
    DateOnly Date,
    string Title,
    string Type,
    string? Urgency,
    string? Slug,
    IReadOnlyList<CheckedEnclosure> Enclosures,
    IReadOnlyList<CheckedReference> References,
    ShownFields Shown)
{
    /// <summary>Whether a circular checked and modelled in this build may be kept (see the class's notes).</summary>
    public static bool CanKeep(CheckedCircular circular) =>
        circular.Cacheable && !circular.Draft
        && circular.Ref?.Heading is null
        && circular.Enclosures.All(e => e.FilePath is null && e.Ref?.Heading is null)
        && circular.Source.FrontMatter.Enclosures.All(e => e.File is null)
        && circular.References.All(r => r.Ref?.Heading is null);

    /// <summary>What to keep of a circular checked and modelled in this build.</summary>
    public static CheckedSnapshot Of(CheckedCircular circular, ShownFields shown) =>
        new(circular.Ref, circular.RefText, circular.Date, circular.Title, circular.Type, circular.Urgency,
            circular.Slug == circular.Source.DefaultSlug ? null : circular.Slug, circular.Enclosures, circular.References, shown);

    /// <summary>The checked circular again, with <paramref name="source"/> (the same file, unchanged) as its source.</summary>
    public CheckedCircular ToChecked(CircularSource source) =>
        new(source, Ref, RefText, Date, Title, Type, Urgency, Slug ?? source.DefaultSlug, Draft: false, Enclosures, References) { Shown = Shown };
}
