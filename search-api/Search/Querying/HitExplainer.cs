using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Says where a hit matched (<c>ref</c>, <c>cited</c>, <c>date</c> (its own date is one the query names), <c>title</c>, <c>body</c>, <c>enclosure</c>,
/// <c>people</c>, <c>meta</c>, <c>attachment:FILE</c>) and cuts its snippet from the best of those texts:
/// the one holding the most of the query's words and dates, the body first among equals, then the attachments,
/// then any other part; else the start of the body. A text is named
/// when <see cref="TextMatcher"/> finds in it a query word, the word's dictionary words near each other, or a
/// date the query writes: whatever found the hit is marked in its snippet.
/// </summary>
public static class HitExplainer
{
    private const string RefLabel = "ref";
    private const string TitleLabel = "title";
    private const string BodyLabel = "body";
    private const string EnclosureLabel = "enclosure";
    private const string PeopleLabel = "people";
    private const string MetaLabel = "meta";
    private const string DateLabel = "date";

    /// <param name="approximate">Found by <see cref="ApproximateMatch"/>: words are also marked where written a slip away.</param>
    public static (IReadOnlyList<string> Matches, string Snippet) Explain(StoredCircular circular, QueryPlan plan, bool approximate = false)
    {
        var matches = new List<string>();
        if (MatchesOwnRef(circular, plan))
        {
            matches.Add(RefLabel);
        }

        if (WantedRefs(plan).Any(wanted => circular.Cited.Any(cited => IsSameByAnyKey(cited, wanted)))
            || (plan.AgencyCode is { } code && circular.Cited.Any(cited => IsOfAgency(cited, code)))
            || circular.Cited.Any(cited => CircularRef.TryParse(cited, out var reference) && plan.MatchesPartially(reference)))
        {
            matches.Add("cited");
        }

        if (plan.IsOfQueriedDate(circular.Date))
        {
            matches.Add(DateLabel);
        }

        (string Text, List<(int Start, int End)> Ranges, int Found)? snippetSource = null;
        foreach (var (label, text) in Sources(circular))
        {
            var (ranges, found) = TextMatcher.Match(text, plan, approximate);
            if (ranges.Count == 0)
            {
                continue;
            }

            if (!matches.Contains(label))
            {
                matches.Add(label);
            }

            // The text with the most of the query's words, the first of them (the body) when several have as many.
            if (label is not (TitleLabel or RefLabel) && found > (snippetSource?.Found ?? 0))
            {
                snippetSource = (text, ranges, found);
            }
        }

        var (snippetText, snippetRanges, _) = snippetSource ?? (circular.Body, [], 0);
        return (matches, SnippetBuilder.Build(snippetText, snippetRanges));
    }

    /// <summary>Every searchable text with its label, in the order snippets prefer them.</summary>
    private static IEnumerable<(string Label, string Text)> Sources(StoredCircular circular)
    {
        yield return (BodyLabel, circular.Body);
        foreach (var (fileName, text) in circular.Attachments)
        {
            yield return ("attachment:" + fileName, text);
        }

        foreach (var title in circular.EnclosureTitles)
        {
            yield return (EnclosureLabel, title);
        }

        foreach (var value in circular.People)
        {
            yield return (PeopleLabel, value);
        }

        foreach (var value in circular.Meta)
        {
            yield return (MetaLabel, value);
        }

        yield return (TitleLabel, circular.Title);
        yield return (RefLabel, circular.Ref);
    }

    private static bool MatchesOwnRef(StoredCircular circular, QueryPlan plan)
    {
        if (WantedRefs(plan).Any(wanted => IsSameByAnyKey(circular.NormalizedRef, wanted)))
        {
            return true;
        }

        if (CircularRef.TryParse(circular.NormalizedRef, out var headed) && RefKeys.WithAgencyLetters(headed, circular.Agency) is { } lettered
            && WantedRefs(plan).Any(wanted => IsSameByAnyKey(lettered.Normalized, wanted)))
        {
            return true;
        }

        return CircularRef.TryParse(circular.NormalizedRef, out var own)
            && (plan.MatchesPartially(own) || plan.QuotedNumbers.Any(number => number.Matches(own)) || own.Agency == plan.AgencyCode);
    }

    private static bool IsOfAgency(string normalized, string code) =>
        CircularRef.TryParse(normalized, out var reference) && reference.Agency == code;

    /// <summary>The query's whole reference, or those quoted in a longer query.</summary>
    private static IEnumerable<CircularRef> WantedRefs(QueryPlan plan) =>
        plan.WholeRef is { } whole ? [whole] : plan.QuotedRefs;

    /// <summary>The same reference as the query's by any key it is searched with (full, loose, bare).</summary>
    private static bool IsSameByAnyKey(string normalized, CircularRef wanted) =>
        CircularRef.TryParse(normalized, out var reference)
        && (RefKeys.Loose(reference) == RefKeys.Loose(wanted) || RefKeys.Bare(reference) == RefKeys.Bare(wanted));
}
