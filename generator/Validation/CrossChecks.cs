using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>Checks across circulars: duplicate refs and slugs, and citations that name no published circular or one of another date.</summary>
public sealed class CrossChecks(DiagnosticBag diagnostics)
{
    public void Check(IReadOnlyList<CheckedCircular> circulars)
    {
        ReportDuplicates([.. circulars.Where(c => c.Ref is not null)], c => $"{c.Ref!.Normalized}|{c.Date.Year}", c => c.Source.FrontMatter.Ref!.Location,
            // The year as editors count it (พ.ศ.), which starts on 1 January as running numbers do; C.E. after it.
            c => $"duplicate ref '{c.Ref!.Normalized}' in พ.ศ. {ThaiDates.BuddhistYear(c.Date)} ({c.Date.Year})");

        // An announcement without a number is told apart by its title and date (its slug is checked below).
        ReportDuplicates([.. circulars.Where(c => c.Ref is null)], c => $"{ThaiTextRepair.Repair(c.Title)}|{c.Date}", c => c.Source.FrontMatter.Title!.Location,
            c => $"duplicate announcement without ref: title '{c.Title}' dated {c.Date:yyyy-MM-dd} again");
        ReportDuplicates(circulars, c => c.Slug, c => c.Source.FrontMatter.Slug?.Location ?? SourceLocation.StartOf(c.Source.DisplayPath),
            c => $"duplicate slug '{c.Slug}'");
        ReportUnresolvedCitations(circulars);
        ReportTagSpellings(circulars);
        ReportLinksToMissingPages(circulars);
    }

    /// <summary>
    /// A link in a letter's text to a circular's page that is not published (a slug mistyped, a letter renamed,
    /// deleted or still a draft): it led to the site's "not found" page, unwarned (site probe 10). Said at the link,
    /// with the address of a published letter spelt nearly alike, when there is one.
    /// </summary>
    private void ReportLinksToMissingPages(IReadOnlyList<CheckedCircular> circulars)
    {
        HashSet<string>? published = null;
        foreach (var circular in circulars)
        {
            foreach (var link in circular.Source.PageLinks)
            {
                published ??= [.. circulars.Where(c => !c.Draft).Select(c => c.Slug)];
                if (published.Contains(link.Slug))
                {
                    continue;
                }

                // A slug spelt nearly alike with other numbers is another letter (w99 for w76): not offered.
                var near = KeySuggestions.Closest(link.Slug, published) is { } close && Digits(close) == Digits(link.Slug) ? close : null;
                diagnostics.Warning(new SourceLocation(circular.Source.DisplayPath, link.Line, link.Column),
                    $"link '{link.Target}' leads to no circular's page: no published circular has the address circulars/{link.Slug}/, so it shows the site's 'not found' page; "
                    + (near is null
                        ? "correct the link (a circular's address is its file or folder name, or its 'slug'), or cite the letter by its ref in 'references'"
                        : $"did you mean circulars/{near}/? correct the link"));
            }
        }
    }

    /// <summary>
    /// Tags that differ only in case or punctuation (<c>GECC</c>, <c>gecc</c>) share one listing, labelled as
    /// the newest letter with the tag spells it (the listing's order): each other spelling is reported once.
    /// </summary>
    private void ReportTagSpellings(IReadOnlyList<CheckedCircular> circulars)
    {
        var first = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var newestFirst = circulars.Where(c => !c.Draft)
            .OrderByDescending(c => c.Date).ThenBy(c => c.Ref?.Normalized ?? "", StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal);
        foreach (var circular in newestFirst)
        {
            foreach (var tag in circular.Source.FrontMatter.Tags.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
            {
                // As the site shows it: repaired as the model repairs it (so marks typed in another order are one spelling).
                var spelling = ThaiTextRepair.Repair(tag.Value.Trim());
                var slug = TagSlugs.Of(spelling);
                if (!first.TryGetValue(slug, out var kept))
                {
                    first[slug] = tag with { Value = spelling };
                }
                else if (kept.Value != spelling && reported.Add(spelling))
                {
                    diagnostics.Warning(tag.Location,
                        $"tag '{spelling}' shares one listing with '{kept.Value}' ({kept.Location}, the newest letter with it), which names it: "
                        + "a tag's address keeps only its letters and digits, case aside; spell the two alike, or rename one");
                }
            }
        }
    }

    /// <summary>The first file (in path order) keeps the key; each later one is reported, pointing at the first.</summary>
    private void ReportDuplicates(IReadOnlyList<CheckedCircular> circulars, Func<CheckedCircular, string> key,
        Func<CheckedCircular, SourceLocation> locationOf, Func<CheckedCircular, string> describe)
    {
        foreach (var group in circulars.GroupBy(key).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(c => c.Source.DisplayPath, StringComparer.Ordinal).ToList();
            var first = locationOf(ordered[0]);
            foreach (var later in ordered.Skip(1))
            {
                diagnostics.Error(locationOf(later), $"{describe(later)}: also used by {first}");
            }
        }
    }

    /// <summary>
    /// A citation linked, by its ref and year, to a letter of another day: a slip in its <c>date</c> (or its ref),
    /// which the page would show beside a link to that letter. Said, as nothing else would show it.
    /// </summary>
    private void ReportOtherDate(string kind, SourceLocation location, string refText, DateOnly? cited, CheckedCircular target)
    {
        if (cited is { } date && date != target.Date)
        {
            diagnostics.Warning(location,
                $"{kind} ref '{refText}' links to the circular dated {ThaiDates.Format(target.Date, DigitStyle.Thai)} ({target.Source.DisplayPath}), "
                + $"not {ThaiDates.Format(date, DigitStyle.Thai)} as its 'date' says: correct the date, or the ref if it names another letter");
        }
    }

    private void ReportUnresolvedCitations(IReadOnlyList<CheckedCircular> circulars)
    {
        var published = new RefIndex<CheckedCircular>(circulars.Where(c => !c.Draft), c => c.Ref, c => c.Date);
        foreach (var circular in circulars)
        {
            foreach (var enclosure in circular.Enclosures.Where(e => e.Ref is not null))
            {
                if (published.Find(enclosure.Ref!, enclosure.Date) is not { } target)
                {
                    diagnostics.Warning(enclosure.Location,
                        $"enclosure ref '{enclosure.RefText}' matches no published circular; it is shown as plain text");
                }
                else
                {
                    ReportOtherDate("enclosure", enclosure.Location, enclosure.RefText!, enclosure.Date, target);
                }
            }

            foreach (var reference in circular.References.Where(r => r.Ref is not null))
            {
                if (published.Find(reference.Ref, reference.Date) is not { } target)
                {
                    diagnostics.Warning(reference.Location,
                        $"reference ref '{reference.RefText}' matches no published circular; it is shown as plain text");
                }
                else
                {
                    ReportOtherDate("reference", reference.Location, reference.RefText!, reference.Date, target);
                }
            }
        }
    }

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}
