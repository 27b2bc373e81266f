namespace GeccPortal.Search.Indexing;

/// <summary>
/// One published circular as search sees it: plain text fields, no Markdown. The generator builds these
/// from its model, so the site and the index are two views of the same content.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>
    /// The reference as printed, e.g. <c>นพ ๐๐๒๓.๓/ว ๒๗๔</c>, <c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>; empty for an
    /// announcement without a number.
    /// </summary>
    public required string Ref { get; init; }

    /// <summary><see cref="GeccPortal.Thai.CircularRef.Normalized"/>, e.g. <c>นพ0023.3/ว274</c>; empty with <see cref="Ref"/>.</summary>
    public required string NormalizedRef { get; init; }

    public required DateOnly Date { get; init; }

    public required string Title { get; init; }

    /// <summary>Site-relative URL of the circular's page, e.g. <c>circulars/nakhon-phanom-274/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Agency letter code from the reference, e.g. <c>มท</c>; empty when it has none.</summary>
    public required string Agency { get; init; }

    public string? AgencyName { get; init; }

    /// <summary>A key of <see cref="GeccPortal.Thai.CircularTypes.Labels"/> (<c>external</c>, <c>internal</c>, <c>order</c>, …).</summary>
    public string Type { get; init; } = "external";

    /// <summary><c>ด่วนที่สุด</c>, <c>ด่วนมาก</c>, <c>ด่วน</c>, or null.</summary>
    public string? Urgency { get; init; }

    /// <summary>The body as plain text (Markdown rendered and stripped, Thai line breaks joined).</summary>
    public string Body { get; init; } = "";

    public string? Issuer { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];

    public string? SignerName { get; init; }

    public string? SignerPosition { get; init; }

    public string? ContactUnit { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> EnclosureTitles { get; init; } = [];

    /// <summary>References cited in <c>references</c>, <c>enclosures</c> and the body, as written.</summary>
    public IReadOnlyList<string> CitedRefs { get; init; } = [];

    /// <summary>Text of the attached files (not of enclosures that are other circulars).</summary>
    public IReadOnlyList<SearchAttachment> Attachments { get; init; } = [];
}

/// <summary>An attached file's extracted text, indexed on its own so a hit can name the file.</summary>
public sealed record SearchAttachment(string FileName, string Url, string Text, bool FromOcr);
