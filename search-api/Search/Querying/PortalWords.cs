using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Words naming what the portal holds (หนังสือเวียน, a circular), typed with a topic (<c>หนังสือเวียน กรมการปกครอง</c>):
/// every letter here is one, and few letters write the word, so required it made such a query find only
/// approximate hits. With other words it only ranks the letters that write it first; alone it is a word.
/// </summary>
public static class PortalWords
{
    private static readonly WordAnalyzer Analyzer = new();

    private static readonly List<List<string>> Words = [.. new[] { "หนังสือเวียน" }.Select(word => AnalyzedTerms.Of(Analyzer, word))];

    /// <summary>Whether the query word is one of them.</summary>
    public static bool Is(QueryWord word) => Words.Exists(words => word.Words.SequenceEqual(words));
}
