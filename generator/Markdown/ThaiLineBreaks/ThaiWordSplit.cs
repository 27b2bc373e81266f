using ICU4N.Globalization;
using ICU4N.Text;

namespace GeccPortal.Generator.Markdown.ThaiLineBreaks;

/// <summary>
/// Whether a line break between two runs of Thai letters falls inside a word: surely so when the next line starts
/// with a mark or vowel no word starts with (<c>ะ า ำ</c>, vowels above and below, tone marks) or the line ends in
/// a vowel written before its consonant (<c>เ แ โ ใ ไ</c>); otherwise when ICU's Thai dictionary reads the two runs
/// joined with no word boundary where the line broke (<c>สาธารณ</c> / <c>ภัย</c>), as it does not for two words set on
/// lines of their own (an address's <c>จังหวัดนครพนม</c> / <c>ถนนอภิบาล</c>).
/// </summary>
public static class ThaiWordSplit
{
    // An iterator is costly to make and not safe to share; content files are read on all cores.
    [ThreadStatic]
    private static BreakIterator? _breaker;

    /// <summary>The word the break splits, as its two parts, or null when the break falls between words.</summary>
    /// <param name="before">The Thai letters ending the line.</param>
    /// <param name="after">The Thai letters starting the next line.</param>
    public static (string Before, string After)? WordAcross(string before, string after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return null;
        }

        // ICU picks its Thai dictionary by the text's script, so the root locale segments Thai as "th" would.
        var breaker = _breaker ??= BreakIterator.GetWordInstance(UCultureInfo.InvariantCulture);
        var joined = before + after;
        breaker.SetText(joined);
        var join = before.Length;
        if (breaker.IsBoundary(join) && !NeverStartsAWord(after[0]) && before[^1] is not (>= '\u0E40' and <= '\u0E44'))
        {
            return null;
        }

        return Around(breaker, joined, join);
    }

    /// <summary>The word ending <paramref name="before"/> and the one starting <paramref name="after"/>, as ICU reads them joined.</summary>
    public static (string Before, string After) WordsAround(string before, string after)
    {
        var breaker = _breaker ??= BreakIterator.GetWordInstance(UCultureInfo.InvariantCulture);
        var joined = before + after;
        breaker.SetText(joined);
        return Around(breaker, joined, before.Length);
    }

    private static (string Before, string After) Around(BreakIterator breaker, string joined, int join)
    {
        var start = join == 0 ? BreakIterator.Done : breaker.Preceding(join);
        var end = join == joined.Length ? BreakIterator.Done : breaker.Following(join);
        return (joined[(start == BreakIterator.Done ? 0 : start)..join], joined[join..(end == BreakIterator.Done ? joined.Length : end)]);
    }

    /// <summary>Letters looked at on each side of a break: enough for ICU to read the word across it.</summary>
    private const int Reach = 24;

    /// <summary>The Thai letters ending <paramref name="text"/>, at most <see cref="Reach"/>.</summary>
    public static string LastRun(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < Reach && ThaiLetters.IsJoining(text[start - 1]))
        {
            start--;
        }

        return text[start..].ToString();
    }

    /// <summary>The Thai letters starting <paramref name="text"/>, at most <see cref="Reach"/>.</summary>
    public static string FirstRun(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && end < Reach && ThaiLetters.IsJoining(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }

    /// <summary>Vowels and marks that follow a consonant: ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ็ ่ ้ ๊ ๋ ์ ํ ๎.</summary>
    private static bool NeverStartsAWord(char c) => c is >= '\u0E30' and <= '\u0E3A' or '\u0E45' or >= '\u0E47' and <= '\u0E4E';
}
