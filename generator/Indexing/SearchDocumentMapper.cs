using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;
using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Indexing;

/// <summary>
/// The site model as search sees it: one <see cref="SearchDocument"/> per published circular, plain text
/// only (the body comes from the same Markdown conversion as the page, Thai line breaks already joined).
/// </summary>
public static class SearchDocumentMapper
{
    public static IReadOnlyList<SearchDocument> Map(Site site) => [.. site.Circulars.Select(c => Map(c, site.Settings))];

    public static SearchDocument Map(Circular circular, SiteSettings settings) => new()
    {
        // Printed as the letter's page prints it (in the site's digits), not as the editor happened to type it.
        Ref = Display.Ref(circular.Ref, settings),
        NormalizedRef = circular.Ref.Normalized,
        Date = circular.Date,
        Title = circular.Title,
        Url = circular.Url,
        Agency = circular.Ref.Agency,
        AgencyName = circular.AgencyName,
        Type = circular.Type,
        Urgency = circular.Urgency,
        Body = circular.PlainText,
        Issuer = circular.Issuer,
        To = circular.To,
        SignerName = circular.Signer?.Name,
        SignerPosition = circular.Signer?.Position,
        ContactUnit = circular.Contact?.Unit,
        ContactPhone = circular.Contact?.Phone,
        ContactEmail = circular.Contact?.Email,
        Tags = circular.Tags,
        EnclosureTitles = [.. circular.Enclosures.Select(e => e.Title)],
        CitedRefs = CitedRefs(circular),
        Attachments = Attachments(circular),
    };

    /// <summary>Attached files with text; an enclosure that is another circular is indexed as that circular.</summary>
    private static IReadOnlyList<SearchAttachment> Attachments(Circular circular) =>
    [
        .. circular.Enclosures
            .Select(e => e.File)
            .OfType<Attachment>()
            .Where(file => !string.IsNullOrWhiteSpace(file.Extracted?.Text))
            .Select(file => new SearchAttachment(file.FileName, circular.Url + file.FileName, file.Extracted!.Text, file.Extracted.FromOcr)),
    ];

    /// <summary>
    /// Refs this circular cites: from อ้างถึง and สิ่งที่ส่งมาด้วย as written, then any found in enclosure
    /// titles and the body (which often cite a letter inexactly, as printed). Its own ref is left out.
    /// </summary>
    private static IReadOnlyList<string> CitedRefs(Circular circular)
    {
        var written = circular.References.Select(r => r.RefText)
            .Concat(circular.Enclosures.Select(e => e.RefText).OfType<string>());
        var inText = circular.Enclosures.Select(e => e.Title).Append(circular.PlainText)
            .SelectMany(CircularRef.FindAll)
            .Select(found => found.Normalized);
        var seen = new HashSet<string>(StringComparer.Ordinal) { circular.Ref.Normalized };
        return [.. written.Concat(inText).Where(text => seen.Add(CircularRef.TryParse(text, out var parsed) ? parsed.Normalized : text))];
    }
}
