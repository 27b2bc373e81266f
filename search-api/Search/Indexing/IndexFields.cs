namespace GeccPortal.Search.Indexing;

/// <summary>Names of the index's keyword, stored and doc-values fields (text fields: <see cref="TextFieldGroup"/>).</summary>
public static class IndexFields
{
    /// <summary>
    /// Keyword and sorted doc values, not stored: the circular's <see cref="SearchDocument.Url"/>, unique per
    /// circular. The term an update or removal finds the old document by, and the last tie-break of every sort,
    /// so equal hits come out in the same order however the index was written.
    /// </summary>
    public const string Id = "id";

    /// <summary>Keyword, stored: the normalised reference (<c>มท0810.3/ว76</c>).</summary>
    public const string Ref = "ref";

    /// <summary>Stored: the reference as printed.</summary>
    public const string RefPrinted = "ref_printed";

    /// <summary>Keywords: <see cref="References.RefKeys"/> of the circular's own reference.</summary>
    public const string RefKeys = "ref_keys";

    /// <summary>Keywords: <see cref="References.RefKeys"/> of every reference the circular cites.</summary>
    public const string CitedKeys = "cited_keys";

    /// <summary>Stored: the normalised form of every reference the circular cites.</summary>
    public const string Cited = "cited";

    /// <summary>Keywords: compact reference forms for completion (<c>มท0810.3/ว76</c>, <c>0810.3/ว76</c>, <c>ว76</c>).</summary>
    public const string RefCompletions = "ref_completions";

    /// <summary>Keywords: the normalised title from each word on, for completion.</summary>
    public const string TitleCompletions = "title_completions";

    /// <summary>Indexed int (yyyymmdd) for range filters; doc values of the same name for sorting.</summary>
    public const string Date = "date";

    /// <summary>Keyword, stored, sorted doc values: the agency code.</summary>
    public const string Agency = "agency";

    public const string AgencyName = "agency_name";

    public const string Type = "type";

    public const string Urgency = "urgency";

    /// <summary>Sorted doc values: the B.E. year, for the year facet.</summary>
    public const string Year = "year";

    public const string Title = "title";

    public const string Url = "url";

    public const string Body = "body";

    public const string EnclosureTitles = "enclosure_titles";

    /// <summary>Stored, one value each: signer name, position, contact unit, phone, e-mail.</summary>
    public const string People = "people";

    /// <summary>Stored, one value each: issuer, recipients, tags.</summary>
    public const string Meta = "meta";

    /// <summary>Stored, parallel values: each attachment's file name, URL and text.</summary>
    public const string AttachmentName = "attachment_name";

    public const string AttachmentUrl = "attachment_url";

    public const string AttachmentText = "attachment_text";

    /// <summary>A date as the number stored in <see cref="Date"/>: 2025-01-23 is 20250123.</summary>
    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly FromDateNumber(int number) => new(number / 10000, number / 100 % 100, number % 100);

    /// <summary>Doc values of a keyword field, for facets.</summary>
    public static string Facet(string field) => field + "_facet";
}
