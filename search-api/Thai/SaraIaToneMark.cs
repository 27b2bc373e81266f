namespace GeccPortal.Thai;

/// <summary>
/// Whether a tone mark written after the ย of -ีย, with เ before, was moved there by extraction from its place
/// before ย (<c>เกีย่ว</c> for เกี่ยว): ย of the vowel เ-ีย never carries one.
/// </summary>
/// <remarks>
/// With one consonant between เ and ี the text has no other reading: <c>เกี</c> is no syllable. With two it may
/// be right as written: เ and the first consonant a syllable, the second with ี another, ending a word
/// (<c>เสรี</c>, <c>เวที</c>, <c>เคมี</c>), and the ย with its tone mark the start of the next word (<c>ย่อม</c>,
/// <c>ย่าน</c>), the way <c>เสรีย่อม</c> reads. Spelling cannot tell this from a leading or clustered consonant
/// (<c>เฉลีย่</c>, <c>เปลีย่น</c>), so ICU's dictionary judges: the mark moves only when the moved text reads as
/// a word holding the whole เ-ีย and in fewer words than the text as written. When the dictionary knows neither
/// reading the text stays as written: a repair that is wrong corrupts a word that was right.
/// </remarks>
public static class SaraIaToneMark
{
    /// <summary>
    /// How far either side of the tone mark the dictionary reads, within its run of Thai letters. Callers that
    /// repair text in pieces keep a whole run of Thai letters in one piece around such a tone mark.
    /// </summary>
    public const int Reach = 32;

    private const char SaraE = '\u0E40';

    /// <summary>
    /// Whether the tone mark at <paramref name="toneMark"/>, after ี and ย, belongs before the ย. The caller has
    /// checked the ี and ย.
    /// </summary>
    public static bool BelongsBeforeYoYak(ReadOnlySpan<char> text, int toneMark)
    {
        var consonant = toneMark - 3; // the consonant ี stands on
        if (consonant < 1 || !IsConsonant(text[consonant]))
        {
            return false;
        }

        if (text[consonant - 1] == SaraE)
        {
            return true;
        }

        return consonant >= 2 && IsConsonant(text[consonant - 1]) && text[consonant - 2] == SaraE
            && DictionaryPrefersMoved(text, toneMark, consonant - 2);
    }

    /// <summary>Whether the text reads better with the tone mark moved before ย, by ICU's Thai dictionary.</summary>
    private static bool DictionaryPrefersMoved(ReadOnlySpan<char> text, int toneMark, int saraE)
    {
        var start = toneMark;
        while (start > 0 && toneMark - start < Reach && IsThaiLetter(text[start - 1]))
        {
            start--;
        }

        var end = toneMark + 1;
        while (end < text.Length && end - toneMark < Reach && IsThaiLetter(text[end]))
        {
            end++;
        }

        var written = text[start..end].ToString();
        var moved = written.ToCharArray();
        var mark = toneMark - start;
        (moved[mark - 1], moved[mark]) = (moved[mark], moved[mark - 1]);
        var movedWords = ThaiWordBreaks.Words(new string(moved));
        var wordStart = saraE - start;
        var holdsVowel = movedWords.Exists(word => word.Start <= wordStart && word.End > mark);
        return holdsVowel && movedWords.Count < ThaiWordBreaks.Words(written).Count;
    }

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>Thai consonants, vowels and marks: what ICU's dictionary reads as one run (not digits, ฯ, ๆ or ฿).</summary>
    public static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E2E' or >= '\u0E30' and <= '\u0E3A'
        or >= '\u0E40' and <= '\u0E45' or >= '\u0E47' and <= '\u0E4E';
}
