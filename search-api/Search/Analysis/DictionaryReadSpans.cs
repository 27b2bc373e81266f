using GeccPortal.Thai;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// Stretches of a text that <see cref="NormalizedText"/> must normalise in one piece: around a tone mark after
/// ี and ย, whose repair the dictionary decides from the words either side (<see cref="SaraIaToneMark"/>), the
/// whole stretch between white space, ASCII and digits, which holds the run of Thai letters the dictionary reads.
/// Found generously (without the เ that makes a candidate): a longer piece only costs speed.
/// </summary>
internal static class DictionaryReadSpans
{
    private const char SaraIi = '\u0E35';
    private const char YoYak = '\u0E22';

    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!ThaiTextRepair.IsToneMark(ThaiTextRepair.MapPrivateUse(text[i])))
            {
                continue;
            }

            var yoYak = ThaiTextRepair.NearestVisible(text, i, -1);
            var saraIi = yoYak < 0 ? -1 : ThaiTextRepair.NearestVisible(text, yoYak, -1);
            if (saraIi < 0 || text[yoYak] != YoYak || ThaiTextRepair.MapPrivateUse(text[saraIi]) != SaraIi)
            {
                continue;
            }

            var start = i;
            while (start > 0 && !IsDelimiter(text[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < text.Length && !IsDelimiter(text[end]))
            {
                end++;
            }

            if (spans.Count == 0 || spans[^1].End < start)
            {
                spans.Add((start, end));
            }

            i = end;
        }

        return spans;
    }

    // Where a chunk may always start, and where a run of Thai letters always ends.
    private static bool IsDelimiter(char c) => c < '\u0080' || ThaiDigits.IsThaiDigit(c) || char.IsWhiteSpace(c);
}
