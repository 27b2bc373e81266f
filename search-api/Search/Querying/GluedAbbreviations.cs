namespace GeccPortal.Search.Querying;

/// <summary>
/// An abbreviation written glued to the Thai words around it, without a dot (<c>แกนนำอสมเชี่ยวชาญ</c>): the dictionary
/// knows no such word and reads its letters as two pieces (<c>อ</c> + <c>สม</c>), so it is looked for as each way of
/// cutting it in two, the pieces side by side. Inside a real word (<c>หรือสมควร</c>) the dictionary cuts elsewhere
/// (<c>หรือ</c> + <c>สมควร</c>), so no piece matches there.
/// </summary>
public static class GluedAbbreviations
{
    /// <summary>Abbreviations longer than this are not cut: the table's word-only ones have three to five letters.</summary>
    public const int MaxLetters = 6;

    private const int MinLetters = 3;

    /// <summary>The abbreviation's letters cut in two at each place (at most <see cref="MaxLetters"/> − 1 ways); none for other words.</summary>
    public static IReadOnlyList<string[]> Cuts(QueryWord word)
    {
        if (!word.IsAbbreviation || word.Words is not [var only] || only.Length < MinLetters || only.Length > MaxLetters ||
            !only.All(IsThaiConsonant))
        {
            return [];
        }

        var cuts = new List<string[]>(only.Length - 1);
        for (var at = 1; at < only.Length; at++)
        {
            cuts.Add([only[..at], only[at..]]);
        }

        return cuts;
    }

    private static bool IsThaiConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';
}
