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
/// is not in the month is no date. Dates typed as numbers or in English (<c>14/3/2568</c>, <c>2025-03-14</c>,
/// <c>14 March 2025</c>) are found too (<see cref="TypedDateMentions"/>).
/// </summary>
public static partial class ThaiDateMentions
{
    /// <summary>ลงวันที่, วันที่ or ลว. before a date, with the space after it: shared by every date form.</summary>
    internal const string Label = @"(?<label>ลงวันที่|วันที่|ลว\.?)\s*";

    // Generated at build time, so ReadyToRun keeps it: compiled at run time (RegexOptions.Compiled), it cost every
    // short build its emitting and JIT compiling. The months are ThaiMonths' names written out: the full names
    // first, so มีนาคม is not read as the short มี.ค. of its first letters; the short ones with their dots and a
    // space each optional (ม.ค., มค, ม. ค.). MonthNamesInPatternsTests holds them to ThaiMonths.
    [GeneratedRegex(
        @"(?:" + Label + @"|(?<![\d.]))(?<d>\d{1,2})\s*(?<m>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.?\s?ค\.?|ก\.?\s?พ\.?|มี\.?\s?ค\.?|เม\.?\s?ย\.?|พ\.?\s?ค\.?|มิ\.?\s?ย\.?|ก\.?\s?ค\.?|ส\.?\s?ค\.?|ก\.?\s?ย\.?|ต\.?\s?ค\.?|พ\.?\s?ย\.?|ธ\.?\s?ค\.?" +
        @")\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>\d{4}|\d{2})(?![\d.])",
        RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    /// <summary>
    /// Every date in the text, in text order: written the Thai way, or typed as numbers or in English
    /// (<see cref="TypedDateMentions"/>). Where two readings overlap, the earlier one is kept.
    /// </summary>
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Thai digits become Arabic one for one, so positions in the prepared text are positions in the text.
        var prepared = ThaiDigits.ToArabic(text);
        var found = new List<DateMention>();
        foreach (Match match in MentionPattern().Matches(prepared))
        {
            if (Mention(match, ThaiMonths.Parse(match.Groups["m"].Value),
                    int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), match.Groups["y"].Value) is { } mention)
            {
                found.Add(mention);
            }
        }

        var typed = TypedDateMentions.FindAll(prepared).ToList();
        if (typed.Count == 0)
        {
            return found;
        }

        foreach (var mention in typed.OrderBy(m => m.Index))
        {
            if (!found.Any(other => other.Index < mention.Index + mention.Length && mention.Index < other.Index + other.Length))
            {
                found.Add(mention);
            }
        }

        return [.. found.OrderBy(m => m.Index)];
    }

    /// <summary>
    /// The mention a match of a date pattern makes (groups <c>label</c>, <c>d</c> and the month already read),
    /// or null when it is no real date. The year is B.E. from 2400, B.E. 25xx in two digits (as on letters),
    /// else CE as some people type it.
    /// </summary>
    internal static DateMention? Mention(Match match, int month, int day, string yearDigits)
    {
        var year = int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        year = yearDigits.Length == 2 ? 2500 + year - ThaiDates.BuddhistEraOffset
            : year >= ThaiDates.FirstBuddhistYear ? year - ThaiDates.BuddhistEraOffset
            : year;
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var label = match.Groups["label"].Value;
        return new DateMention(new DateOnly(year, month, day), match.Index, match.Length,
            label.StartsWith("ลงวันที่", StringComparison.Ordinal) || label.StartsWith("ลว", StringComparison.Ordinal), DateStart(match));
    }

    /// <summary>Where the first of the day, month and year stands: the year in <c>2025-03-14</c>, the month in <c>March 14, 2025</c>.</summary>
    private static int DateStart(Match match) =>
        new[] { match.Groups["d"], match.Groups["m"], match.Groups["y"] }.Where(group => group.Success).Min(group => group.Index);
}
