using System.ComponentModel;

using GeccPortal.Search.Querying;
using GeccPortal.Thai;

using Microsoft.AspNetCore.Mvc;

namespace GeccPortal.Search.Http;

/// <summary>The query string of <c>GET /api/search</c>, as the client sent it.</summary>
public sealed record SearchQuery
{
    [FromQuery(Name = "q")]
    [Description("What to look for: Thai or English words, a phrase, or a reference number in any spelling (มท 0810.3/ว 76, ว ๗๖). Always plain text; quotes and operators are ordinary characters. Empty lists every circular.")]
    public string? Q { get; init; }

    [FromQuery(Name = "agency")]
    [Description("Only circulars of this agency code, as in the reference (e.g. มท, นพ, ก.ค.): one to four Thai letters, dots and spaces ignored; anything else is a 400.")]
    public string? Agency { get; init; }

    [FromQuery(Name = "type")]
    [Description("Only circulars of this type: external, internal, order, announcement, directive, sealed, statement or news (or its Thai name, e.g. หนังสือภายนอก).")]
    public string? Type { get; init; }

    [FromQuery(Name = "urgency")]
    [Description("Only circulars of this urgency: ด่วนที่สุด, ด่วนมาก or ด่วน.")]
    public string? Urgency { get; init; }

    [FromQuery(Name = "from")]
    [Description("Earliest date, inclusive: ISO (2025-01-23; a year of 2400 or more is read as B.E.) or a Thai date (๒๓ มกราคม ๒๕๖๘).")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Latest date, inclusive, in the same forms as from.")]
    public string? To { get; init; }

    [FromQuery(Name = "fiscalYear")]
    [Description("Only circulars of this B.E. fiscal year (ปีงบประมาณ, 1 October to 30 September): 2568 is 1 October 2024 to 30 September 2025. Combines with from and to.")]
    public string? FiscalYear { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "size")]
    [Description("Hits per page, 1 to 100 (default 10).")]
    public string? Size { get; init; }

    [FromQuery(Name = "sort")]
    [Description("relevance (default) or date (newest first).")]
    public string? Sort { get; init; }

    // B.E. 2401 (1 October 1857) to 2800: any fiscal year a circular can carry, with room to spare.
    private const int MinFiscalYear = 2401;
    private const int MaxFiscalYear = 2800;

    /// <summary>Turns the query string into a request the searcher can run, or says per parameter what is wrong.</summary>
    public bool TryToRequest(SearchOptions options, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var text = QueryText.Clean(Q);
        if (text.Length > options.MaxQueryLength)
        {
            errors["q"] = [$"the query is {text.Length} characters long; at most {options.MaxQueryLength} are searched"];
        }

        var from = ReadDate("from", From, errors);
        var to = ReadDate("to", To, errors);
        if (from > to)
        {
            errors["to"] = [$"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd})"];
        }

        // Applied after the check above: from and to that lie outside the fiscal year simply find nothing.
        var fiscalYear = QueryNumber.Read("fiscalYear", FiscalYear, 0, MinFiscalYear, MaxFiscalYear, errors);
        if (fiscalYear is >= MinFiscalYear and <= MaxFiscalYear)
        {
            var (first, last) = ThaiDates.FiscalYearDates(fiscalYear);
            from = from is { } givenFrom && givenFrom > first ? givenFrom : first;
            to = to is { } givenTo && givenTo < last ? givenTo : last;
        }

        var page = QueryNumber.Read("page", Page, 1, 1, options.MaxPage, errors);
        var size = QueryNumber.Read("size", Size, options.DefaultPageSize, 1, options.MaxPageSize, errors);

        var sort = ReadSort(Sort, errors);
        request = new SearchRequest
        {
            Query = text,
            // Filters are keys, matched exactly; these are the ways people type them differently.
            Agency = AgencyCode(ReadFilter("agency", Agency, options, errors), errors),
            Type = OneOf("type", TypeKey(ReadFilter("type", Type, options, errors)), CircularTypes.Labels.Keys, errors),
            Urgency = OneOf("urgency", ReadFilter("urgency", Urgency, options, errors)?.Replace(" ", "", StringComparison.Ordinal), Urgencies.All, errors),
            From = from,
            To = to,
            Page = page,
            Size = size,
            Sort = sort,
        };
        return errors.Count == 0;
    }

    private static string? ReadFilter(string name, string? value, SearchOptions options, Dictionary<string, string[]> errors)
    {
        var text = QueryText.Clean(value);
        if (text.Length > options.MaxQueryLength)
        {
            errors[name] = [$"{name} is {text.Length} characters long; at most {options.MaxQueryLength} are accepted"];
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// An agency code as a reference spells it, with its dots and spaces dropped (ก.ค. is กค). A code of that
    /// shape that no letter carries finds nothing, as an agency with no letters yet should; anything else (Latin
    /// letters, digits, a name) is a mistake that an empty result would hide.
    /// </summary>
    private static string? AgencyCode(string? value, Dictionary<string, string[]> errors)
    {
        var code = value?.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (code is null || CircularRef.IsAgencyCode(code))
        {
            return code;
        }

        errors.TryAdd("agency", [$"agency must be the agency code of a reference, one to four Thai letters such as มท or ก.ค., not {QueryText.Quote(value!)}"]);
        return null;
    }

    /// <summary>
    /// A type's key as given in any case (<c>External</c>), or the key of its Thai name (<c>หนังสือภายนอก</c>, <c>ประทับตรา</c>),
    /// spaces aside; anything else lower-cased, for the error naming it.
    /// </summary>
    private static string? TypeKey(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var key = CircularTypes.KeyOf(value.Replace(" ", "", StringComparison.Ordinal));
        return CircularTypes.Labels.ContainsKey(key) ? key : value.ToLowerInvariant();
    }

    /// <summary>
    /// Type and urgency come from closed lists: a value outside them is a mistake (a typo, an English
    /// urgency), which an empty result would hide.
    /// </summary>
    private static string? OneOf(string name, string? value, IEnumerable<string> known, Dictionary<string, string[]> errors)
    {
        if (value is null || known.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        errors.TryAdd(name, [$"{name} must be one of {string.Join(", ", known)}, not {QueryText.Quote(value)}"]);
        return null;
    }

    private static DateOnly? ReadDate(string name, string? value, Dictionary<string, string[]> errors)
    {
        var text = QueryText.Clean(value);
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = ThaiDates.Parse(text);
        if (parsed.Date is null)
        {
            // The parser's message quotes the input, so it is only used for input short enough to quote whole.
            errors[name] = [text.Length <= 40 && parsed.Error is not null ? parsed.Error : $"{QueryText.Quote(text)} is not a date"];
        }

        return parsed.Date;
    }

    private static SearchSort ReadSort(string? value, Dictionary<string, string[]> errors)
    {
        switch (QueryText.Clean(value).ToLowerInvariant())
        {
            case "" or "relevance":
                return SearchSort.Relevance;
            case "date":
                return SearchSort.Date;
            default:
                errors["sort"] = [$"sort must be relevance or date, not {QueryText.Quote(value)}"];
                return SearchSort.Relevance;
        }
    }
}
