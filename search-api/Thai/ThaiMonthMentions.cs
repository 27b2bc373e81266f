using System.Globalization;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>A calendar month of a year (CE), as a query names it without a day: <c>มกราคม ๒๕๖๘</c>.</summary>
public readonly record struct MonthOfYear(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;
}

/// <summary>A month and year written without a day inside a longer text, and where its words lie.</summary>
/// <param name="Index">Where the mention starts, with the เดือน before the month if it has one.</param>
/// <param name="MonthIndex">Where the month's name starts; it ends where the mention ends.</param>
public readonly record struct MonthMention(MonthOfYear Month, int Index, int Length, int MonthIndex);

/// <summary>
/// A month and its year written without a day (<c>มกราคม ๒๕๖๘</c>, <c>เดือนมีนาคม 2568</c>, <c>มิ.ย. ๖๘</c>,
/// <c>ต.ค. พ.ศ. 2567</c>), as people ask for the letters of a month. Run it on a text whose day dates
/// (<see cref="ThaiDateMentions"/>) are blanked out: <c>๗ มกราคม ๒๕๖๘</c> is a day, not a month.
/// </summary>
public static partial class ThaiMonthMentions
{
    // A short month name only with the dot between its letters (ม.ค., มิ.ย; the last dot optional): without it,
    // กพ 68 or มค 68 is as likely a code and a number. Not after a Thai letter, so a month's letters inside a
    // longer word are no month, except เดือน (เดือนมีนาคม), which is part of the mention: เดือนสิงหาคม ๒๕๖๘ typed
    // in a query leaves no เดือน to require. The year is not part of a longer number or a date.
    // Generated at build time, as ThaiDateMentions' pattern is (MonthNamesInPatternsTests holds the names to ThaiMonths).
    [GeneratedRegex(
        @"(?:เดือน\s*|(?<![ก-๛]))(?<m>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.\s?ค\.?|ก\.\s?พ\.?|มี\.\s?ค\.?|เม\.\s?ย\.?|พ\.\s?ค\.?|มิ\.\s?ย\.?|ก\.\s?ค\.?|ส\.\s?ค\.?|ก\.\s?ย\.?|ต\.\s?ค\.?|พ\.\s?ย\.?|ธ\.\s?ค\.?" +
        @")\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>\d{4}|\d{2})(?![\d./])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // The same in English, with a four-digit year (June 2025, Sep. 2568), as people type it beside English words.
    [GeneratedRegex(@"(?<![A-Za-z\d])" + TypedDateMentions.Months + @"\s*,?\s*(?<y>\d{4})(?![\d./])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex English();

    /// <summary>Every month and year in the text without a day, in text order.</summary>
    public static IReadOnlyList<MonthMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MonthMention>();

        // Thai digits become Arabic one for one, so positions in the prepared text are positions in the text.
        var prepared = ThaiDigits.ToArabic(text);
        foreach (Match match in Pattern().Matches(prepared))
        {
            Add(found, match, ThaiMonths.Parse(match.Groups["m"].Value));
        }

        foreach (Match match in English().Matches(prepared))
        {
            Add(found, match, TypedDateMentions.EnglishMonth(match.Groups["m"].Value));
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return found;
    }

    private static void Add(List<MonthMention> found, Match match, int month)
    {
        var digits = match.Groups["y"].Value;
        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

        // As ThaiDateMentions reads years: two digits B.E. 25xx (as letters write them), B.E. from 2400, else
        // CE; a four-digit number before 1900 is no year of a letter.
        year = digits.Length == 2 ? 2500 + year - ThaiDates.BuddhistEraOffset
            : year >= ThaiDates.FirstBuddhistYear ? year - ThaiDates.BuddhistEraOffset
            : year;
        if (year is >= 1900 and <= 9999 && month is >= 1 and <= 12)
        {
            found.Add(new MonthMention(new MonthOfYear(year, month), match.Index, match.Length, match.Groups["m"].Index));
        }
    }
}
