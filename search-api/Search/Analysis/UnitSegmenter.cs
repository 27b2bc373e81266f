namespace GeccPortal.Search.Analysis;

/// <summary>
/// Splits normalised text into <see cref="TextUnit"/>s and groups them into runs, without a dictionary.
/// </summary>
/// <remarks>
/// A Thai unit is a character cluster that no word boundary can fall inside: an optional leading vowel
/// (เ แ โ ใ ไ, written before but spoken after its consonant), a consonant, its marks above and below,
/// and the vowels that follow it on the line (ะ า ำ ๅ). Latin text gives one unit per letter, numbers
/// one unit per digit.
/// Runs: Thai units join across the dots of an abbreviation (<c>พ.ศ.</c> is the run <c>พศ</c>, so a query
/// of its letters finds it however the text around it runs), but a word after its last dot starts a run of
/// its own (<c>จ.ส.อ.สมชาย</c>; see <see cref="AbbreviationDots"/>), and
/// across white space when <paramref name="joinThaiAcrossSpace"/> is set (index time: a hard-wrapped line or
/// a stray space inside a word must not break it). Digits join across one space, comma, dot or hyphen, so
/// <c>0 4251 5720</c>, <c>042515720</c> and <c>1,250</c> / <c>1250</c> are the same digit sequence. Latin
/// letters join across one hyphen, so <c>e-GP</c> is the run <c>egp</c>: found typed with or without the hyphen,
/// and by either part (its bigrams are inside the run; the word view keeps the parts as words).
/// </remarks>
public static class UnitSegmenter
{
    private enum Kind
    {
        None,
        Thai,
        Latin,
        Digit,
    }

    public static List<TextUnit> Segment(ReadOnlySpan<char> text, bool joinThaiAcrossSpace)
    {
        var units = new List<TextUnit>(text.Length / 2 + 1);
        var run = -1;
        var previousKind = Kind.None;
        var previousEnd = 0;
        var unitsSinceGap = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = KindOf(c);
            if (kind == Kind.None)
            {
                i++;
                continue;
            }

            var end = kind switch
            {
                Kind.Thai => ThaiClusterEnd(text, i),
                Kind.Latin => CombiningEnd(text, i + 1),
                _ => i + 1,
            };
            var gap = text[previousEnd..i];
            var betweenAbbreviationParts = kind == Kind.Thai && gap is "." && unitsSinceGap <= AbbreviationDots.MaxPartUnits
                && AbbreviationDots.IsPartAt(text, i);
            if (kind != previousKind || !Continues(gap, kind, joinThaiAcrossSpace, betweenAbbreviationParts))
            {
                run++;
            }

            unitsSinceGap = gap.IsEmpty && kind == previousKind ? unitsSinceGap + 1 : 1;

            units.Add(new TextUnit(i, end, run));
            previousKind = kind;
            previousEnd = end;
            i = end;
        }

        return units;
    }

    /// <summary>Whether the characters between two units of the same kind keep them in one run.</summary>
    /// <param name="betweenAbbreviationParts">Whether the units since the last gap are few enough to be one part of
    /// an abbreviation (the พ of พ.ศ., the ดร of ศ.ดร.) and so are the units after the gap: a dot between them
    /// holds the abbreviation together, as typed or written, while a dot after a longer word, or before the word
    /// an abbreviation stands before, ends it.</param>
    private static bool Continues(ReadOnlySpan<char> gap, Kind kind, bool joinThaiAcrossSpace, bool betweenAbbreviationParts)
    {
        if (gap.IsEmpty)
        {
            return true;
        }

        return kind switch
        {
            Kind.Thai => betweenAbbreviationParts || (joinThaiAcrossSpace && IsAllWhiteSpace(gap)),
            Kind.Digit => gap.Length == 1 && gap[0] is ' ' or ',' or '.' or '-' or '\u00A0',
            Kind.Latin => gap.Length == 1 && IsHyphen(gap[0]),
            _ => false,
        };
    }

    // Hyphen-minus, hyphen, non-breaking hyphen: not dashes, which stand between words or ranges.
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsAllWhiteSpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Kind KindOf(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return Kind.Digit;
        }

        if (c is >= '\u0E01' and <= '\u0E4E')
        {
            return c == '\u0E3F' ? Kind.None : Kind.Thai; // ฿ is a currency sign, not text
        }

        return char.IsLetter(c) ? Kind.Latin : Kind.None;
    }

    /// <summary>Whether a character is Thai text: a letter, mark or sign of the Thai block, not ฿.</summary>
    internal static bool IsThai(char c) => KindOf(c) == Kind.Thai;

    /// <summary>Whether a character starts a Latin or a digit unit: text whose words are spaced (or hyphenated).</summary>
    internal static bool IsLatinOrDigit(char c) => KindOf(c) is Kind.Latin or Kind.Digit;

    /// <summary>Where the Thai unit starting at <paramref name="start"/> ends.</summary>
    internal static int ThaiClusterEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (IsLeadingVowel(text[i]) && i + 1 < text.Length && IsConsonant(text[i + 1]))
        {
            i++;
        }

        if (!IsConsonant(text[i]))
        {
            return i + 1; // a mark, vowel or sign standing alone (ฯ, ๆ, a stray า)
        }

        i++;
        while (i < text.Length && (IsMark(text[i]) || IsFollowingVowel(text[i])))
        {
            i++;
        }

        return i;
    }

    private static int CombiningEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                   or System.Globalization.UnicodeCategory.SpacingCombiningMark)
        {
            i++;
        }

        return i;
    }

    internal static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    private static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    // Mai han-akat, the vowels above and below, phinthu, mai taikhu, tone marks, thanthakhat, nikhahit, yamakkan.
    private static bool IsMark(char c) => c is '\u0E31' or >= '\u0E34' and <= '\u0E3A' or >= '\u0E47' and <= '\u0E4E';

    // ะ า ำ ๅ: written after the consonant they belong to; no word starts with them.
    private static bool IsFollowingVowel(char c) => c is '\u0E30' or '\u0E32' or '\u0E33' or '\u0E45';
}
