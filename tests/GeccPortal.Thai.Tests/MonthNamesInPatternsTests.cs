namespace GeccPortal.Thai.Tests;

/// <summary>
/// The date and month patterns are generated at build time, so they write the months out instead of building
/// them from <see cref="ThaiMonths"/>: every name there, full or short, must still be read as its month.
/// </summary>
public sealed class MonthNamesInPatternsTests
{
    public static TheoryData<int> Months => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Months))]
    public void Every_month_name_is_read_in_a_date(int month)
    {
        foreach (var name in new[] { ThaiMonths.Full[month - 1], ThaiMonths.Abbreviated[month - 1], ThaiMonths.Abbreviated[month - 1].Replace(".", "", StringComparison.Ordinal) })
        {
            var found = Assert.Single(ThaiDateMentions.FindAll($"ลงวันที่ ๑๕ {name} ๒๕๖๘"));
            Assert.Equal(new DateOnly(2025, month, 15), found.Date);
        }
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void Every_month_name_is_read_as_a_month(int month)
    {
        foreach (var name in new[] { ThaiMonths.Full[month - 1], ThaiMonths.Abbreviated[month - 1] })
        {
            var found = Assert.Single(ThaiMonthMentions.FindAll($"ประจำเดือน {name} ๒๕๖๘"));
            Assert.Equal(new MonthOfYear(2025, month), found.Month);
        }
    }
}
