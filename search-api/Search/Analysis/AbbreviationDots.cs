namespace GeccPortal.Search.Analysis;

/// <summary>
/// The dots of Thai abbreviations (<c>พ.ศ.</c>, <c>ก.พ.</c>, <c>จ.ส.อ.</c>, <c>ดร.</c>): parts of at most
/// <see cref="MaxPartUnits"/> units, each followed by a dot. The dots hold an abbreviation's letters together;
/// its last dot also ends it, so a name or place written right after it (<c>จ.ส.อ.สมชาย</c>, <c>ดร.สมใจ</c>,
/// <c>อ.นาแก</c>) is a word of its own, as if a space stood there. Both views and the highlighter use this.
/// </summary>
public static class AbbreviationDots
{
    /// <summary>Units of the longest abbreviation part (ดร, รร, กก); a longer word before a dot is a word.</summary>
    public const int MaxPartUnits = 2;

    // Two units of Thai are never longer than this (leading vowel, consonant, marks and following vowels each).
    private const int MaxPartChars = 12;

    /// <summary>
    /// Whether the Thai units from <paramref name="start"/> are one more part of an abbreviation: at most
    /// <see cref="MaxPartUnits"/> units and a dot (the ศ of พ.ศ.), or one bare consonant ending it (พ.ศ 2568,
    /// typed without the last dot). Anything longer is the word the abbreviation stands before.
    /// </summary>
    public static bool IsPartAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        for (var units = 1; units <= MaxPartUnits; units++)
        {
            end = UnitSegmenter.ThaiClusterEnd(text, end);
            if (end == text.Length || !UnitSegmenter.IsThai(text[end]))
            {
                return (end < text.Length && text[end] == '.') || (units == 1 && end - start == 1 && UnitSegmenter.IsConsonant(text[start]));
            }
        }

        return false;
    }

    /// <summary>
    /// The text with the last dot of each abbreviation that a Thai word follows turned into a space: the word
    /// segmenter (ICU) keeps letters joined by dots as one word, <c>จ.ส.อ.สมชาย</c>. Same length, so offsets stay.
    /// </summary>
    public static string SeparateWords(string text)
    {
        char[]? chars = null;
        var dot = text.IndexOf('.', 1);
        while (dot > 0 && dot + 1 < text.Length)
        {
            if (UnitSegmenter.IsThai(text[dot + 1]) && UnitSegmenter.IsThai(text[dot - 1])
                && IsShortPartBefore(text, dot) && !IsPartAt(text, dot + 1))
            {
                chars ??= text.ToCharArray();
                chars[dot] = ' ';
            }

            dot = text.IndexOf('.', dot + 1);
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>Whether the Thai text right before <paramref name="dot"/> is at most <see cref="MaxPartUnits"/> units.</summary>
    private static bool IsShortPartBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && UnitSegmenter.IsThai(text[start - 1]))
        {
            if (dot - --start > MaxPartChars)
            {
                return false;
            }
        }

        var units = 0;
        for (var i = start; i < dot; i = UnitSegmenter.ThaiClusterEnd(text, i))
        {
            units++;
        }

        return units <= MaxPartUnits;
    }
}
