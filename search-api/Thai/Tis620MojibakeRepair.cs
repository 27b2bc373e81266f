using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// Repairs Thai text whose TIS-620 bytes were decoded as Latin-1 (<c>ÃÒàÃÂÕ¹</c> → <c>ราเรยีน</c>).
/// TIS-620 puts Thai at bytes 0xA1–0xFB, which Latin-1 shows as U+00A1–U+00FB; Thai is the same bytes at
/// U+0E01–U+0E5B. A run of three or more such characters that decodes to plausible Thai is almost never
/// genuine Latin text (which has at most one or two accented letters in a row), so such a run marks its
/// stretch of text (up to the nearest ASCII letter) as mojibake, and every such character there is repaired.
/// </summary>
public static class Tis620MojibakeRepair
{
    private const int ThaiOffset = 0x0E01 - 0xA1;
    private const int MinRunLength = 3;

    public static string Repair(string text)
    {
        if (!HasCandidate(text))
        {
            return text;
        }

        var output = new StringBuilder(text);
        var start = 0;
        while (start < text.Length)
        {
            // A stretch is a maximal span without ASCII letters: mojibake Thai never contains them.
            var end = start;
            while (end < text.Length && !char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (StretchIsMojibake(text, start, end))
            {
                for (var i = start; i < end; i++)
                {
                    if (IsCandidate(text[i]))
                    {
                        output[i] = ToThai(text[i]);
                    }
                }
            }

            start = end + 1;
        }

        return output.ToString();
    }

    private static bool StretchIsMojibake(string text, int start, int end)
    {
        var runStart = -1;
        for (var i = start; i <= end; i++)
        {
            if (i < end && IsCandidate(text[i]))
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0 && i - runStart >= MinRunLength && IsPlausibleThai(text.AsSpan(runStart, i - runStart)))
            {
                return true;
            }

            runStart = -1;
        }

        return false;
    }

    /// <summary>Decodes to assigned Thai characters, at least a third of them consonants, not starting with a mark.</summary>
    private static bool IsPlausibleThai(ReadOnlySpan<char> run)
    {
        var consonants = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var thai = ToThai(run[i]);
            if (thai is >= '\u0E3B' and <= '\u0E3E')
            {
                return false; // unassigned in TIS-620
            }

            if (i == 0 && IsCombining(thai))
            {
                return false;
            }

            if (thai is >= '\u0E01' and <= '\u0E2E')
            {
                consonants++;
            }
        }

        return consonants * 3 >= run.Length;
    }

    private static bool HasCandidate(string text)
    {
        foreach (var c in text)
        {
            if (IsCandidate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCandidate(char c) => c is >= '\u00A1' and <= '\u00FB';

    private static char ToThai(char c) => (char)(c + ThaiOffset);

    private static bool IsCombining(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');
}
