using System.Globalization;

using GeccPortal.Generator.Tests.Support;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// A letter dated far from today, most often a slip in its year, is a warning: read without one, it was filed
/// under another year and, dated ahead, listed first on the home page (an editors' probe, 2026-11-29). More than a year
/// ahead it is an error (site probe 10: <c>2068-03-01</c> was only warned at).
/// </summary>
public sealed class LetterDateCheckTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_date_more_than_a_month_ahead_is_a_warning_naming_today()
    {
        var ahead = Today.AddYears(1);
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", Iso(ahead), "เรื่อง");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Path}:3:1: warning: date {ThaiDates.Format(ahead, DigitStyle.Thai)} is after today ({ThaiDates.Format(Today, DigitStyle.Thai)}): a slip in the year? Until that day the letter is listed first, as the newest"],
            TestSite.Messages(result));
    }

    [Fact]
    public async Task A_thai_year_a_century_back_is_a_warning()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "๗ มกราคม ๒๔๖๘", "เรื่อง");
        Assert.Equal(
            [$"{Path}:3:1: warning: date ๗ มกราคม ๒๔๖๘ is in B.E. 2468 (1925 CE): a slip in the year?"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task Today_a_few_days_ahead_and_the_past_decades_are_no_warning()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", Iso(Today), "วันนี้")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", Iso(Today.AddDays(7)), "ล่วงหน้า")
            .WithCircular("content/circulars/c.md", "มท ๐๘๑๐.๓/ว ๓", "๒ มกราคม ๒๕๐๐", "เก่า");
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("2068-03-01", "๑ มีนาคม ๒๖๑๑", "2068-03-01")]
    [InlineData("๕ มีนาคม ๒๖๖๘", "๕ มีนาคม ๒๖๖๘", "2125-03-05")]
    public async Task A_date_more_than_a_year_ahead_is_an_error_and_nothing_is_written(string written, string shown, string iso)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", written, "เรื่อง");
        var result = await _site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Equal(
            [$"{Path}:3:1: error: date {shown} ({iso} CE) is more than a year after today ({ThaiDates.Format(Today, DigitStyle.Thai)}): no letter is dated so far ahead, "
                + "and it would be listed first, as the newest, until that day; check the year against the letter"],
            TestSite.Messages(result));
    }
}
