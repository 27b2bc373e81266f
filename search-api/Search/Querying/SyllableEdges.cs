using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Another spelling of a glued word that ends with a Thai word of one unit (<c>วัคซีนโค</c>, the table's โค for วัว in
/// <c>วัคซีนวัว</c>): its run of bigrams is also the start of a longer word (<c>วัคซีนโควิด</c>), which the word view reads as
/// another word. Such a spelling is found by its dictionary words only.
/// </summary>
public static class SyllableEdges
{
    /// <summary>Whether the spelling's bigrams may run on into a word it does not name: several words, the last of one unit.</summary>
    public static bool RunOn(QueryWord spelling) => spelling.Words.Count > 1 && IsOneThaiUnit(spelling.Words[^1]);

    private static bool IsOneThaiUnit(string word) =>
        word.Length > 0 && word.All(UnitSegmenter.IsThai) && UnitSegmenter.Segment(word, joinThaiAcrossSpace: false).Count == 1;
}
