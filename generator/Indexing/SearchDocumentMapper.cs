using GeccPortal.Generator.Content;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;
using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Indexing;

/// <summary>
/// The site model as search sees it: one <see cref="SearchDocument"/> per published circular, plain text
/// only (the body comes from the same Markdown conversion as the page, Thai line breaks already joined).
/// </summary>
public sealed class SearchDocumentMapper(Site site)
{
    /// <summary>The letters of each agency code in agencies.yml (<c>กค (กวจ)</c> gives กค): refs glued to a word are found by them.</summary>
    private readonly HashSet<string> _agencyLetters = [.. site.Agencies.Keys.Select(AgencyLetters).Where(letters => letters.Length > 0)];

    /// <summary>What of the site besides a circular itself its document depends on, for the index stage's keys.</summary>
    public string SiteStamp => field ??= ContentStamp.Of(
        site.Settings.Digits + "\n" + string.Join('\n', _agencyLetters.Order(StringComparer.Ordinal)));

    public static IReadOnlyList<SearchDocument> Map(Site site)
    {
        var mapper = new SearchDocumentMapper(site);
        return [.. site.Circulars.Select(mapper.Map)];
    }

    public SearchDocument Map(Circular circular) => new()
    {
        // Printed as the letter's page prints it (in the site's digits), not as the editor happened to type it.
        // An announcement without a number has neither: empty, as SearchDocument says.
        Ref = circular.Ref is null ? "" : Display.Ref(circular.Ref, site.Settings),
        NormalizedRef = circular.Ref?.Normalized ?? "",
        Date = circular.Date,
        // As the feed and the catalogs name it: an announcement without a number by its heading and subject, since a
        // search hit shows no ref or agency beside its title to say whose it is.
        Title = Display.NamedTitle(circular),
        Url = circular.Url,
        Agency = circular.AgencyCode ?? "",
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
    /// titles, the body (which often cite a letter inexactly, as printed) and the text of attached files (a
    /// forwarded memo's own ref is printed on it), glued to a word or not. Its own ref is left out.
    /// </summary>
    private IReadOnlyList<string> CitedRefs(Circular circular)
    {
        var written = circular.References.Select(r => r.RefText).OfType<string>()
            .Concat(circular.Enclosures.Select(e => e.RefText).OfType<string>());
        var attachedTexts = circular.Enclosures.Select(e => e.File?.Extracted?.Text).OfType<string>();
        var inText = circular.Enclosures.Select(e => e.Title).Append(circular.PlainText).Concat(attachedTexts)
            .SelectMany(text => CircularRef.FindAll(text, _agencyLetters))
            .Select(found => found.Normalized);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (circular.Ref is not null)
        {
            seen.Add(circular.Ref.Normalized);
        }

        return [.. written.Concat(inText).Where(text => seen.Add(CircularRef.TryParse(text, out var parsed) ? parsed.Normalized : text))];
    }

    private static string AgencyLetters(string code) =>
        new([.. code.TakeWhile(c => c != '(').Where(c => c is >= 'ก' and <= 'ฮ')]);
}
