using System.Globalization;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A day and month typed without a year (<c>ปิดอ่าว 15 ก.พ.</c>), which the query's dates do not read: the month is a word
/// every hit must have, and a letter writes it one way (<c>๑๕ กุมภาพันธ์</c>) or the other. After a day, a month's name is
/// also its other spelling; ก.พ. there is February, not the civil service commission of the table.
/// </summary>
public static class YearlessDates
{
    /// <summary>The month's other spelling when <paramref name="day"/> is a day of a month (1–31); null otherwise.</summary>
    public static string? OtherMonthSpelling(string day, string month)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(month);
        if (day.Length is 0 or > 2 || !int.TryParse(ThaiDigits.ToArabic(day), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > 31 || ThaiMonths.Parse(month) is not (> 0 and var index))
        {
            return null;
        }

        var full = ThaiMonths.Full[index - 1];
        return month.Replace(" ", "", StringComparison.Ordinal) == full ? ThaiMonths.Abbreviated[index - 1] : full;
    }
}
