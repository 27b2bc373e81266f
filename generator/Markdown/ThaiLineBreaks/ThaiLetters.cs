namespace GeccPortal.Generator.Markdown.ThaiLineBreaks;

/// <summary>Which characters glue to their neighbour across a wrapped line.</summary>
public static class ThaiLetters
{
    /// <summary>
    /// Thai consonants, vowels and marks (U+0E01–U+0E4E), but not ฯ (U+0E2F) or ๆ (U+0E46), which are
    /// followed by a space in Thai writing, and not Thai digits, which stand apart like words.
    /// </summary>
    public static bool IsJoining(char? c) => c is >= '\u0E01' and <= '\u0E4E' and not '\u0E2F' and not '\u0E46';
}
