using GeccPortal.Generator.Content;
using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Validation;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// The model stage: published circulars (no drafts) with text repaired for display, bodies converted once,
/// citations resolved to circulars, and the cited-by lists filled in.
/// </summary>
public static class SiteModelBuilder
{
    /// <param name="made">Told of each circular whose shown text was made in this build (not taken from the
    /// source cache), so the cache can keep it for the next build.</param>
    public static Site Build(CheckedContent content, MarkdownConverter markdown, Action<CheckedCircular, ShownFields>? made = null)
    {
        var published = content.Circulars.Where(c => !c.Draft).ToList();
        // Side by side with their sources, by position: no dictionary hashes 10,000 objects by identity.
        // Each circular is made from its own source alone (every field repaired for display), so on all cores; a
        // circular checked in an earlier build brings its shown text from the source cache, and is not repaired again.
        var circulars = new Circular[published.Count];
        var shown = new ShownFields[published.Count];
        var filing = new IssuingAgency(content.Agencies);
        Parallel.For(0, circulars.Length, i =>
        {
            var source = published[i];
            if (source.Shown is not { } fields)
            {
                fields = ShownFields.Of(source, filing);
                made?.Invoke(source, fields);
            }

            shown[i] = fields;
            circulars[i] = CreateCircular(source, fields, content.Agencies, markdown, content.Site);
        });
        var index = new RefIndex<Circular>(circulars, c => c.Ref, c => c.Date);
        for (var i = 0; i < circulars.Length; i++)
        {
            var (source, circular, fields) = (published[i], circulars[i], shown[i]);
            circular.References = [.. source.References.Select((r, n) => new Citation(
                fields.ReferenceRefTexts[n], r.Ref, r.Date, fields.ReferenceTitles[n], index.Find(r.Ref, r.Date)))];
            circular.Enclosures = [.. source.Enclosures.Select((e, n) => new Enclosure(
                fields.EnclosureTitles[n], AttachmentOf(e, source), fields.EnclosureRefTexts[n], e.Ref, e.Date,
                e.Ref is null ? null : index.Find(e.Ref, e.Date)))];
        }

        FillCitedBy(circulars);
        var pages = content.Pages.Where(p => !p.Draft)
            .Select(p => new Page(Repair(p.Title)!, p.Url, markdown.Convert(ThaiTextRepair.Repair(p.Source.Body), content.Site.BasePath, content.Site.Digits)))
            .ToList();
        var newestFirst = circulars.OrderByDescending(c => c.Date).ThenBy(c => c.Ref?.Normalized ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        return new Site(content.Site, content.Agencies, newestFirst, pages) { SettingsStamp = content.SettingsStamp };
    }

    private static Circular CreateCircular(CheckedCircular source, ShownFields shown, IReadOnlyDictionary<string, string> agencies,
        MarkdownConverter markdown, SiteSettings site) => new()
        {
            Ref = source.Ref,
            RefText = shown.RefText,
            Date = source.Date,
            Title = shown.Title,
            Type = source.Type,
            Urgency = source.Urgency,
            Issuer = shown.Issuer,
            To = shown.To,
            Signer = shown.Signer,
            Contact = shown.Contact,
            Tags = shown.Tags,
            Slug = source.Slug,
            AgencyCode = shown.AgencyCode,
            AgencyName = shown.AgencyCode is { } agency ? agencies.GetValueOrDefault(agency) : null,
            ConvertBody = () => markdown.Convert(ThaiTextRepair.Repair(BodyOf(source)), site.BasePath, site.Digits),
            SourcePath = source.Source.DisplayPath,
            // The slug too: without a slug: line it is the file's name, which the file's text does not hold, and a
            // renamed file must remake every page that links to it.
            Stamp = source.Slug + "\t" + StampOf(source),
        };

    /// <summary>The file's text, and the name, size and time of each attached file (their text shows on the pages).</summary>
    private static string StampOf(CheckedCircular source)
    {
        var files = source.Enclosures.Select(e => e.FilePath).OfType<string>().ToList();
        if (files.Count == 0)
        {
            return source.Source.Stamp;
        }

        var text = new System.Text.StringBuilder(source.Source.Stamp);
        foreach (var file in files)
        {
            var stat = FileStat.Of(file);
            text.Append('\n').Append(file).Append('\t').Append(stat.Length).Append('\t').Append(stat.WriteTicks);
        }

        return ContentStamp.Of(text.ToString());
    }

    private static Attachment? AttachmentOf(CheckedEnclosure enclosure, CheckedCircular owner)
    {
        if (enclosure.FilePath is not { } path)
        {
            return null;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(owner.Source.Folder), path).Replace('\\', '/');
        return new Attachment(relative, path, new FileInfo(path).Length) { Location = enclosure.FileLocation };
    }

    /// <summary>Walks each citation once (linear in the number of citations, not circulars squared).</summary>
    private static void FillCitedBy(IEnumerable<Circular> circulars)
    {
        var citedBy = new Dictionary<Circular, HashSet<Circular>>();
        foreach (var circular in circulars)
        {
            var targets = circular.References.Select(r => r.Target).Concat(circular.Enclosures.Select(e => e.Target));
            foreach (var target in targets.OfType<Circular>().Where(t => t != circular))
            {
                if (!citedBy.TryGetValue(target, out var citing))
                {
                    citedBy[target] = citing = [];
                }

                citing.Add(circular);
            }
        }

        foreach (var (target, citing) in citedBy)
        {
            target.CitedBy = [.. citing.OrderByDescending(c => c.Date).ThenBy(c => c.Ref?.Normalized ?? "", StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal)];
        }
    }

    /// <summary>The body as the page shows it: without what the form prints itself below it (<see cref="LetterTail"/>) and above it (<see cref="PastedHeadLines"/>).</summary>
    private static string BodyOf(CheckedCircular source) => PastedHeadLines.Strip(
        LetterTail.Shown(source.Source.Body, source.Type, source.Source.FrontMatter, source.Date),
        source.Source.FrontMatter);

    /// <summary>Display text: PDF-extraction damage repaired, trimmed (see <see cref="ShownFields"/>).</summary>
    private static string? Repair(string? text) => ShownFields.Repair(text);
}
