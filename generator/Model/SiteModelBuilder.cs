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
    public static Site Build(CheckedContent content, MarkdownConverter markdown)
    {
        var published = content.Circulars.Where(c => !c.Draft).ToList();
        // Side by side with their sources, by position: no dictionary hashes 10,000 objects by identity.
        // Each circular is made from its own source alone (every field repaired for display), so on all cores.
        var circulars = new Circular[published.Count];
        var filing = new IssuingAgency(content.Agencies);
        Parallel.For(0, circulars.Length, i => circulars[i] = CreateCircular(published[i], content.Agencies, filing, markdown, content.Site));
        var index = new RefIndex<Circular>(circulars, c => c.Ref, c => c.Date);
        for (var i = 0; i < circulars.Length; i++)
        {
            var (source, circular) = (published[i], circulars[i]);
            circular.References = [.. source.References.Select(r => new Citation(
                Repair(r.RefText), r.Ref, r.Date, Labelled(r.Title, PrintedLabel.Reference), index.Find(r.Ref, r.Date)))];
            circular.Enclosures = [.. source.Enclosures.Select(e => new Enclosure(
                Labelled(e.Title, PrintedLabel.Enclosure)!, AttachmentOf(e, source), Repair(e.RefText), e.Ref, e.Date,
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

    private static Circular CreateCircular(CheckedCircular source, IReadOnlyDictionary<string, string> agencies, IssuingAgency filing,
        MarkdownConverter markdown, SiteSettings site)
    {
        var front = source.Source.FrontMatter;
        var agency = filing.CodeOf(source.Ref, front.Issuer?.Value);
        return new Circular
        {
            Ref = source.Ref,
            RefText = Repair(source.RefText),
            Date = source.Date,
            Title = HeadingInTitle.Strip(Labelled(source.Title, PrintedLabel.Subject)!, source.Type, HeadingInTitle.BodiesOf(front.Issuer?.Value, source.Ref)),
            Type = source.Type,
            Urgency = source.Urgency,
            Issuer = Repair(front.Issuer?.Value),
            To = [.. front.To.Select(t => Labelled(t.Value, PrintedLabel.To)!)],
            Signer = front.Signer is { } s ? new Signer(Repair(s.Name?.Value is { } name ? PrintedLabel.Unbracket(name) : null), Repair(s.Position?.Value)) : null,
            Contact = front.Contact is { } c ? new Contact(Repair(c.Unit?.Value), NumberOf(c.Phone?.Value), NumberOf(c.Fax?.Value), c.Email?.Value.Trim()) : null,
            Tags = [.. front.Tags.Select(t => Repair(t.Value)!)],
            Slug = source.Slug,
            AgencyCode = agency,
            AgencyName = agency is null ? null : agencies.GetValueOrDefault(agency),
            ConvertBody = () => markdown.Convert(ThaiTextRepair.Repair(BodyOf(source)), site.BasePath, site.Digits),
            SourcePath = source.Source.DisplayPath,
            // The slug too: without a slug: line it is the file's name, which the file's text does not hold, and a
            // renamed file must remake every page that links to it.
            Stamp = source.Slug + "\t" + StampOf(source),
        };
    }

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
        LetterTail.Shown(source.Source.Body, source.Type, source.Source.FrontMatter.Signer, source.Source.FrontMatter.Contact, source.Date),
        source.Source.FrontMatter);

    /// <summary>A contact number as shown after its printed label: repaired, without a label typed before it.</summary>
    private static string? NumberOf(string? text) => Repair(text) is { } number ? Repair(ContactNumberLabel.Strip(number)) : null;

    /// <summary>Display text without the label the page prints before it (<see cref="PrintedLabel"/>), repaired.</summary>
    private static string? Labelled(string? text, string label) => Repair(text) is { } repaired ? PrintedLabel.Strip(repaired, label) : null;

    /// <summary>Display text: PDF-extraction damage repaired (so <c>องคํการ</c> reads <c>องค์การ</c>), trimmed.</summary>
    private static string? Repair(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ThaiTextRepair.Repair(PastedSpaces.Plain(text).Trim());
}
