namespace GeccPortal.Thai;

/// <summary>
/// Puts back a tone mark that PDF extraction moved off its consonant: past a following vowel (<c>วา่</c> →
/// ว่า), before the vowel above (<c>ท่ี</c> → ที่), or past the next consonant where spelling says it cannot
/// belong to that one (<c>คำสัง่</c> → คำสั่ง, <c>ทัว่</c> → ทั่ว, <c>เรือ่ง</c> → เรื่อง, <c>เกีย่ว</c> → เกี่ยว).
/// Only positions no Thai word uses are changed: a tone mark after the consonant after ิ or ี (<c>มิน่า</c>,
/// <c>มีย่าน</c>) is a word of its own and stays, and after เ-ีย over two consonants the dictionary decides
/// whether it is (<c>เสรีย่อม</c>, see <see cref="SaraIaToneMark"/>). Works on text with private-use glyphs
/// mapped and zero-width characters removed; one char for one, so lengths stay.
/// </summary>
public static class ToneMarkOrder
{
    private const char MaiHanAkat = '\u0E31';
    private const char SaraIi = '\u0E35';
    private const char SaraUee = '\u0E37';
    private const char OAng = '\u0E2D';
    private const char YoYak = '\u0E22';

    /// <summary>Whether the tone mark at <paramref name="i"/> stands after the character it belongs before.</summary>
    public static bool StandsTooLate(ReadOnlySpan<char> text, int i)
    {
        if (i < 2 || !ThaiTextRepair.IsToneMark(text[i]))
        {
            return false;
        }

        var before = text[i - 1];
        var twoBefore = text[i - 2];
        if (IsFollowingVowel(before))
        {
            return IsConsonant(twoBefore) || IsMark(twoBefore); // a tone mark never follows ะ า ำ ๅ
        }

        if (!IsConsonant(before))
        {
            return false;
        }

        // ั always closes with the next consonant (or the ว of -ัว), and ื is written -ือ when nothing closes
        // it: neither consonant can start a syllable of its own and carry a tone mark.
        return twoBefore == MaiHanAkat || (before == OAng && twoBefore == SaraUee)
            || (before == YoYak && twoBefore == SaraIi && SaraIaToneMark.BelongsBeforeYoYak(text, i));
    }

    /// <summary>Whether the tone mark at <paramref name="i"/> stands before the vowel written above it.</summary>
    public static bool StandsTooEarly(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && ThaiTextRepair.IsToneMark(text[i]) && IsUpperVowel(text[i + 1]) && IsConsonant(text[i - 1]);

    /// <summary>Whether any tone mark in the text is out of place.</summary>
    public static bool HasMisplaced(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (StandsTooLate(text, i) || StandsTooEarly(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves each misplaced tone mark one place, to where it belongs.</summary>
    public static void Repair(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (StandsTooLate(text, i))
            {
                (text[i - 1], text[i]) = (text[i], text[i - 1]);
            }
            else if (StandsTooEarly(text, i))
            {
                (text[i], text[i + 1]) = (text[i + 1], text[i]);
                i++;
            }
        }
    }

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    // ะ า ำ ๅ: written after their consonant on the line; a tone mark sits above the consonant before them.
    private static bool IsFollowingVowel(char c) => c is '\u0E30' or '\u0E32' or '\u0E33' or '\u0E45';

    // ั ิ ี ึ ื: a tone mark is written above them, after them in the text.
    private static bool IsUpperVowel(char c) => c is '\u0E31' or >= '\u0E34' and <= '\u0E37';

    // Marks above and below a consonant (not tone marks): what may stand between a consonant and ะ า ำ.
    private static bool IsMark(char c) => c is '\u0E31' or >= '\u0E34' and <= '\u0E3A' or '\u0E47' or '\u0E4C' or '\u0E4D';
}
