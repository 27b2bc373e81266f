using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// Removes spaces that a PDF layout (or OCR) put inside Thai words. Only spaces that cannot be a gap between
/// words are removed: a space before a character that cannot begin a word (a vowel sign or tone mark written
/// above or below, or the following vowels ะ า ำ ๅ), and a space after a leading vowel (เ แ โ ใ ไ), which
/// cannot end one. Spaces between whole Thai words carry meaning (phrase breaks) and are kept.
/// </summary>
public static class ThaiLayoutSpaceRepair
{
    public static string Repair(string text)
    {
        StringBuilder? output = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' && i > 0)
            {
                var end = i;
                while (end < text.Length && text[end] == ' ')
                {
                    end++;
                }

                if (end < text.Length && IsInsideWordGap(text[i - 1], text[end]))
                {
                    output ??= new StringBuilder(text, 0, i, text.Length);
                    i = end;
                    continue;
                }

                output?.Append(text, i, end - i);
                i = end;
                continue;
            }

            output?.Append(c);
            i++;
        }

        return output?.ToString() ?? text;
    }

    /// <summary>True when a space between <paramref name="before"/> and <paramref name="after"/> cannot separate words.</summary>
    public static bool IsInsideWordGap(char before, char after)
    {
        if (!IsThaiLetterOrMark(before))
        {
            return false;
        }

        return CannotStartWord(after) || (IsLeadingVowel(before) && IsConsonant(after));
    }

    public static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    public static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>Marks written above or below a consonant, and the vowels that follow one.</summary>
    public static bool CannotStartWord(char c) =>
        c is '\u0E30' or '\u0E31' or '\u0E32' or '\u0E33' or '\u0E45' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    private static bool IsThaiLetterOrMark(char c) => c is >= '\u0E01' and <= '\u0E4E' and not '\u0E2F' and not '\u0E3F' and not '\u0E46';
}
