using System.ComponentModel;

namespace GeccPortal.Search.Querying;

/// <summary>One page of results, with facet counts over every match (not only this page).</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    double TookMs)
{
    /// <summary>
    /// The query's words found nothing as typed, and these hits are the letters nearest them, about 70 % of
    /// their letter pairs matching (a slip such as วัคซิน for วัคซีน): a page should say the results are close
    /// matches, not exact ones. Never for a reference number.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// The query is a whole reference no letter has (in any spelling lookup accepts): the letters whose ref is one
    /// edit from it (a digit wrong, left out, one too many, two swapped, or the agency code one letter off), best
    /// first. Suggestions, not hits: none of them is among <see cref="Hits"/>, and they are empty whenever a letter
    /// has the ref, and for any other query.
    /// </summary>
    [Description("When the query is a whole reference number no circular has: the circulars whose reference is one edit away (a digit wrong, left out, one too many, two adjacent digits swapped, or the agency code one letter off), best first, at most five, none of them among the hits. Suggestions, not matches; empty otherwise.")]
    public IReadOnlyList<RefSuggestion> DidYouMean { get; init; } = [];

    /// <summary>
    /// When the hits are <see cref="Approximate"/>: the query with its slip (a word, or a run of up to three dictionary words,
    /// that no letter has; the first one found) replaced by the nearest word letters write (<c>แก๊งคอลเซนเตอร์</c> → <c>แก๊งคอลเซ็นเตอร์</c>), when that query finds letters as typed; null otherwise.
    /// A "did you mean" for words, as <see cref="DidYouMean"/> is for refs.
    /// </summary>
    [Description("When the hits are approximate: the query with its slip (a word no circular has) replaced by the nearest word circulars write, when that query finds circulars as typed (a \"did you mean\" for words); null otherwise.")]
    public string? SuggestedQuery { get; init; }
}

/// <summary>
/// One circular found. <see cref="Snippet"/> is HTML-escaped text with the matched words in &lt;mark&gt;.
/// <see cref="Matches"/> says where it matched: <c>ref</c> (its own reference), <c>cited</c> (a reference it
/// cites), <c>title</c>, <c>body</c>, <c>enclosure</c>, <c>people</c> (signer, contact), <c>meta</c> (issuer,
/// recipients, tags), or <c>attachment:FILE NAME</c>.
/// </summary>
public sealed record SearchHit(
    string Ref,
    string Title,
    DateOnly Date,
    string Url,
    string Agency,
    string Type,
    string? Urgency,
    string Snippet,
    IReadOnlyList<string> Matches,
    float Score);

public sealed record FacetValue(string Value, int Count);

/// <summary>Counts per agency code, B.E. year, type and urgency.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Agency,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Type,
    IReadOnlyList<FacetValue> Urgency);

/// <summary>A circular's metadata, for lookup by reference number.</summary>
public sealed record CircularSummary(
    string Ref,
    string NormalizedRef,
    string Title,
    DateOnly Date,
    string Url,
    string Agency,
    string? AgencyName,
    string Type,
    string? Urgency)
{
    /// <summary>
    /// How many published circulars carry this reference: running numbers restart every year, so one number
    /// can belong to letters of several years. A lookup answers with the newest; a client that finds more than
    /// one should let the user choose (a search for the reference lists them all).
    /// </summary>
    public int SameRefCount { get; init; } = 1;
}

/// <summary>
/// A letter whose reference is one edit from a reference no letter has, offered as "did you mean" (see
/// <see cref="References.RefNeighbours"/>): its ref as printed and normalised, title, date and page.
/// </summary>
[Description("A circular offered as \"did you mean\" for a reference number that no circular has.")]
public sealed record RefSuggestion(string Ref, string NormalizedRef, string Title, DateOnly Date, string Url, string Agency);

/// <summary>A completion offered while the user types: a reference number or a title.</summary>
public sealed record Suggestion(string Text, string Kind, string Url);
