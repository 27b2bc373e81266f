using GeccPortal.Extraction;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// One published circular: text repaired for display, ref and date parsed, enclosures and references
/// resolved to the circulars they name, and the circulars that cite this one.
/// </summary>
public sealed class Circular
{
    private readonly Lock _bodyLock = new();
    private MarkdownContent? _body;
    private string? _plainText;

    /// <summary>Null only for an announcement (ประกาศ) without a number: its form prints none.</summary>
    public required CircularRef? Ref { get; init; }

    /// <summary>The ref as the editor wrote it (repaired), e.g. <c>นพ ๐๐๒๓.๓/ว ๒๗๔</c>; null with <see cref="Ref"/>.</summary>
    public required string? RefText { get; init; }

    /// <summary>
    /// The agency letters it is filed under (<c>มท</c>): its ref's, or for an order under its heading or an announcement
    /// without a number, the agencies.yml code of its issuing body (see <see cref="IssuingAgency"/>); null when none.
    /// </summary>
    public string? AgencyCode { get; init; }

    public required DateOnly Date { get; init; }

    public int FiscalYear => ThaiDates.FiscalYear(Date);

    public required string Title { get; init; }

    /// <summary>One of <see cref="CircularTypes.Labels"/>' keys.</summary>
    public required string Type { get; init; }

    public string TypeLabel => CircularTypes.Labels[Type];

    /// <summary>The form its page is laid out as, from <see cref="Type"/>.</summary>
    public LetterForm Form => LetterForms.Of(Type);

    public string? Urgency { get; init; }

    public string? Issuer { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];

    public Signer? Signer { get; init; }

    public Contact? Contact { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public required string Slug { get; init; }

    /// <summary>Site-relative URL of the page: <c>circulars/slug/</c>.</summary>
    public string Url => $"circulars/{Slug}/";

    public string? AgencyName { get; init; }

    /// <summary>Converts the body; called on first use, so an incremental build converts (and reads) few bodies.</summary>
    public required Func<MarkdownContent> ConvertBody { private get; init; }

    /// <summary>The body as HTML and plain text, converted on first use.</summary>
    public MarkdownContent Body
    {
        get
        {
            lock (_bodyLock)
            {
                return _body ??= ConvertBody();
            }
        }
    }

    /// <summary>The body as plain text (excerpts, feeds, search), kept after <see cref="KeepPlainTextOnly"/>.</summary>
    public string PlainText
    {
        get
        {
            lock (_bodyLock)
            {
                return _plainText ?? (_body ??= ConvertBody()).PlainText;
            }
        }
    }

    /// <summary>
    /// Once the letter's own page is written, only its plain text is still wanted (listings, feeds, the
    /// index): the HTML is let go, so a full build does not hold every body twice. Asked for again, it is
    /// converted again.
    /// </summary>
    public void KeepPlainTextOnly()
    {
        lock (_bodyLock)
        {
            if (_body is not null)
            {
                _plainText = _body.PlainText;
                _body = null;
            }
        }
    }

    /// <summary>Its slug and a hash of its content file and attached files: what its own part of a page's render key is.</summary>
    public string Stamp { get; init; } = "";

    /// <summary>The content file it came from, for messages.</summary>
    public required string SourcePath { get; init; }

    /// <summary>อ้างถึง, in the order written.</summary>
    public IReadOnlyList<Citation> References { get; internal set; } = [];

    /// <summary>สิ่งที่ส่งมาด้วย, in the order written.</summary>
    public IReadOnlyList<Enclosure> Enclosures { get; internal set; } = [];

    /// <summary>Published circulars that refer to or enclose this one, newest first.</summary>
    public IReadOnlyList<Circular> CitedBy { get; internal set; } = [];
}

public sealed record Signer(string? Name, string? Position);

public sealed record Contact(string? Unit, string? Phone, string? Fax, string? Email);

/// <summary>
/// A cited letter; <see cref="Target"/> is the published circular it names, when there is one. With no ref (a law, a
/// cabinet resolution), only its <see cref="Title"/> and date.
/// </summary>
public sealed record Citation(string? RefText, CircularRef? Ref, DateOnly? Date, string? Title, Circular? Target);

/// <summary>An enclosure: a file attached to the circular, another circular, or only a title.</summary>
public sealed record Enclosure(string Title, Attachment? File, string? RefText, CircularRef? Ref, DateOnly? Date, Circular? Target);

/// <summary>An attached file, copied next to the circular's page.</summary>
public sealed record Attachment(string FileName, string SourcePath, long SizeBytes)
{
    /// <summary>The file type shown to readers, from the extension: <c>PDF</c>, <c>DOCX</c>.</summary>
    public string Kind => Path.GetExtension(FileName).TrimStart('.').ToUpperInvariant() is { Length: > 0 } ext ? ext : "FILE";

    /// <summary>The enclosure's <c>file:</c> line, where a problem with the file is reported.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The file's text, set by the extract stage; null before it runs.</summary>
    public ExtractionResult? Extracted { get; internal set; }
}
