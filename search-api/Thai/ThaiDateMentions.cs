using System.Globalization;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>A written date found inside a longer text: the date, and where its words lie.</summary>
/// <param name="Index">Where the mention starts, with the ลงวันที่ or ลว. before the date if it has one.</param>
/// <param name="OfLetter">Written after ลงวันที่ or ลว., the words that give a letter's own date when it is cited.</param>
/// <param name="DateIndex">Where the date itself starts (its day), after any ลงวันที่ or ลว.; it ends where the mention ends.</param>
public readonly record struct DateMention(DateOnly Date, int Index, int Length, bool OfLetter, int DateIndex);

/// <summary>
/// Dates written the way letters and officials write them, inside any text: <c>ลงวันที่ ๗ มกราคม ๒๕๖๘</c>,
/// <c>๑๖ เม.ย. ๒๕๖๘</c>, <c>ลว. 5 มิ.ย. 67</c>: a day, a month by full or short name (dots optional) and a
/// year, B.E. from 2400 (two digits are B.E. 25xx, as on letters), else CE as some people type it. A day that
/// is not in the month is no date.
/// </summary>
public static class ThaiDateMentions
{
    private static readonly Regex MentionPattern = new(
        @"(?:(?<label>ลงวันที่|วันที่|ลว\.?)\s*|(?<![\d.]))(?<d>\d{1,2})\s*(?<m>" + MonthNames() + @")\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>\d{4}|\d{2})(?![\d.])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Thai digits become Arabic one for one, so positions in the prepared text are positions in the text.
        var prepared = ThaiDigits.ToArabic(text);
        var found = new List<DateMention>();
        foreach (Match match in MentionPattern.Matches(prepared))
        {
            var month = ThaiMonths.Parse(match.Groups["m"].Value);
            var day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            year = match.Groups["y"].Length == 2 ? 2500 + year - ThaiDates.BuddhistEraOffset
                : year >= ThaiDates.FirstBuddhistYear ? year - ThaiDates.BuddhistEraOffset
                : year;
            if (month > 0 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var label = match.Groups["label"].Value;
                found.Add(new DateMention(new DateOnly(year, month, day), match.Index, match.Length,
                    label.StartsWith("ลงวันที่", StringComparison.Ordinal) || label.StartsWith("ลว", StringComparison.Ordinal), match.Groups["d"].Index));
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="ThaiMonths"/>' names as alternatives: the full names first, so มีนาคม is not read as the short
    /// มี.ค. of its first letters; the short ones with their dots optional (ม.ค., มค, ม. ค.).
    /// </summary>
    private static string MonthNames() => string.Join("|", ThaiMonths.Full.Select(Regex.Escape)
        .Concat(ThaiMonths.Abbreviated.Select(name => string.Join(@"\.?\s?", name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"\.?")));
}
