namespace GeccPortal.Search.Analysis;

/// <summary>
/// The dots of Thai abbreviations (<c>พ.ศ.</c>, <c>ก.พ.</c>, <c>จ.ส.อ.</c>, <c>ดร.</c>, <c>ครม.</c>,
/// <c>ส.อบต.</c>): parts of at most <see cref="MaxPartUnits"/> units, or initialisms of bare consonants, each
/// followed by a dot. The dots hold an abbreviation's letters together; its last dot also ends it, so a name,
/// place or word written right after it (<c>จ.ส.อ.สมชาย</c>, <c>ดร.สมใจ</c>, <c>อ.นาแก</c>, <c>ครม.เมื่อ</c>,
/// <c>น.ณ</c>) is a word of its own, as if a space stood there. Both views and the highlighter use this.
/// </summary>
public static class AbbreviationDots
{
    /// <summary>Units of the longest abbreviation part (ดร, รร, กก) other than an initialism; a longer word is a word.</summary>
    public const int MaxPartUnits = 2;

    /// <summary>
    /// Letters of the longest initialism (สปสช, ขสมก): consonants alone, no vowel or mark, as the first letters of
    /// the words they stand for are written. Few words are spelt so, and hardly any stands between two dots.
    /// </summary>
    public const int MaxInitialismLetters = 6;

    // Longer than any abbreviation part before a dot (two units of leading vowel, consonant, marks and following
    // vowels, or an initialism): the look back stops here.
    private const int MaxPartChars = 12;

    // ณ "at" (ณ ห้องประชุม, ณ วันที่) is a word of one bare consonant, and letters write it right after a time's
    // น. (๐๙.๓๐ น.ณ): it starts what follows rather than ending the abbreviation typed without its last dot.
    private const char NoNen = '\u0E13';

    /// <summary>
    /// Whether the Thai units from <paramref name="start"/> are one more part of an abbreviation: at most
    /// <see cref="MaxPartUnits"/> units and a dot (the ศ of พ.ศ.), or one bare consonant ending it (พ.ศ 2568,
    /// typed without the last dot) unless it is the word ณ. Anything longer is the word the abbreviation stands
    /// before. The gram view joins only such parts: an initialism's letters joined to the letter before (ส.อบต.
    /// as สอบต) would match inside ordinary words (สอบตก).
    /// </summary>
    public static bool IsPartAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        for (var units = 1; units <= MaxPartUnits; units++)
        {
            end = UnitSegmenter.ThaiClusterEnd(text, end);
            if (end == text.Length || !UnitSegmenter.IsThai(text[end]))
            {
                return (end < text.Length && text[end] == '.')
                    || (units == 1 && end - start == 1 && UnitSegmenter.IsConsonant(text[start]) && text[start] != NoNen);
            }
        }

        return false;
    }

    /// <summary>
    /// The text with the last dot of each abbreviation that a Thai word follows turned into a space: the word
    /// segmenter (ICU) keeps letters joined by dots as one word, <c>จ.ส.อ.สมชาย</c>, <c>ครม.เมื่อ</c>. Same length,
    /// so offsets stay. A dot after a longer word is left alone: a list written <c>สมุด.ดินสอ</c> is not words
    /// typed together.
    /// </summary>
    public static string SeparateWords(string text)
    {
        char[]? chars = null;
        var dot = text.Length == 0 ? -1 : text.IndexOf('.', 1);
        while (dot > 0 && dot + 1 < text.Length)
        {
            if (UnitSegmenter.IsThai(text[dot + 1]) && UnitSegmenter.IsThai(text[dot - 1]) && IsPartBefore(text, dot)
                && !ContinuesAt(text, dot + 1))
            {
                chars ??= text.ToCharArray();
                chars[dot] = ' ';
            }

            dot = text.IndexOf('.', dot + 1);
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Whether the dot at <paramref name="dot"/> stands between two parts of one abbreviation in the word view
    /// (<c>พ.ศ.</c>, <c>ส.อบต.</c>, <c>รมว.มท.</c>): ICU reads them as one word. The gram view splits some of
    /// these (<see cref="IsPartAt"/>), so a query word and the highlighter join them again here.
    /// </summary>
    public static bool HoldsWordTogether(ReadOnlySpan<char> text, int dot) =>
        dot > 0 && dot + 1 < text.Length && text[dot] == '.' && UnitSegmenter.IsThai(text[dot - 1])
        && UnitSegmenter.IsThai(text[dot + 1]) && IsPartBefore(text, dot) && ContinuesAt(text, dot + 1);

    /// <summary>Whether the Thai letters after a dot continue the abbreviation before it rather than start a word.</summary>
    private static bool ContinuesAt(ReadOnlySpan<char> text, int start) => IsPartAt(text, start) || IsInitialismAt(text, start);

    /// <summary>
    /// Whether the Thai text right before <paramref name="dot"/> is an abbreviation's part: at most
    /// <see cref="MaxPartUnits"/> units, or an initialism (<c>ครม</c>, <c>อปท</c>).
    /// </summary>
    private static bool IsPartBefore(ReadOnlySpan<char> text, int dot)
    {
        var start = dot;
        while (start > 0 && UnitSegmenter.IsThai(text[start - 1]))
        {
            if (dot - --start > MaxPartChars)
            {
                return false;
            }
        }

        if (IsInitialism(text[start..dot]))
        {
            return true;
        }

        var units = 0;
        for (var i = start; i < dot; i = UnitSegmenter.ThaiClusterEnd(text, i))
        {
            units++;
        }

        return units <= MaxPartUnits;
    }

    private static bool IsInitialism(ReadOnlySpan<char> letters)
    {
        if (letters.Length is < 2 or > MaxInitialismLetters)
        {
            return false;
        }

        foreach (var c in letters)
        {
            if (!UnitSegmenter.IsConsonant(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an initialism and its dot start at <paramref name="start"/> (the อบต. of ส.อบต.).</summary>
    private static bool IsInitialismAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxInitialismLetters && UnitSegmenter.IsConsonant(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] == '.' && end - start is >= 2 and <= MaxInitialismLetters;
    }
}
