using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ThaiDatesTests
{
    [Theory]
    [InlineData("2025-01-23", 2025, 1, 23)]
    [InlineData("๒๓ มกราคม ๒๕๖๘", 2025, 1, 23)]
    [InlineData("23 มกราคม 2568", 2025, 1, 23)]
    [InlineData("๒๓ ม.ค. ๒๕๖๘", 2025, 1, 23)]
    [InlineData("23 ม.ค.2568", 2025, 1, 23)]
    [InlineData("12 พ.ย. 2568", 2025, 11, 12)]
    [InlineData("ลว. ๑๒ พ.ย. ๒๕๖๘", 2025, 11, 12)]
    [InlineData("ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗", 2024, 12, 24)]
    [InlineData("วันที่ ๒๕ ธันวาคม พ.ศ. ๒๕๖๗", 2024, 12, 25)]
    [InlineData("๒๘ กุมภาพันธ์ ๒๕๖๘", 2025, 2, 28)]
    [InlineData("1 ต.ค. 2567", 2024, 10, 1)]
    [InlineData("30 กันยายน 2568", 2025, 9, 30)]
    public void Reads_iso_and_thai_written_dates(string text, int year, int month, int day)
    {
        var result = ThaiDates.Parse(text);
        Assert.Null(result.Error);
        Assert.Null(result.Warning);
        Assert.Equal(new DateOnly(year, month, day), result.Date);
    }

    [Fact]
    public void An_iso_year_of_2400_or_more_is_buddhist_era_with_a_warning()
    {
        var result = ThaiDates.Parse("2568-01-23");
        Assert.Equal(new DateOnly(2025, 1, 23), result.Date);
        Assert.Contains("Buddhist Era", result.Warning);
    }

    [Theory]
    [InlineData("3 ม.ค. 68", 2025, 1, 3, "year '68' in '3 ม.ค. 68' read as 2568; write the year in full")]
    [InlineData("๓ ม.ค.๖๘", 2025, 1, 3, "year '68' in '๓ ม.ค.๖๘' read as 2568; write the year in full")]
    [InlineData("3/1/2568", 2025, 1, 3, "'3/1/2568' read as day/month/B.E. year, ๓ มกราคม ๒๕๖๘; write it so, or as 2025-01-03")]
    [InlineData("๒๓/๑๒/๒๕๖๗", 2024, 12, 23, "'๒๓/๑๒/๒๕๖๗' read as day/month/B.E. year, ๒๓ ธันวาคม ๒๕๖๗; write it so, or as 2024-12-23")]
    public void A_short_year_or_a_date_in_figures_with_a_buddhist_year_is_read_with_a_warning(string text, int year, int month, int day, string warning)
    {
        var result = ThaiDates.Parse(text);
        Assert.Null(result.Error);
        Assert.Equal(new DateOnly(year, month, day), result.Date);
        Assert.Equal(warning, result.Warning);
    }

    [Theory]
    [InlineData("03/01/2025")] // a CE year: day and month could be either way round
    [InlineData("31/2/2568")]
    [InlineData("3 ม.ค. 6")]
    [InlineData("tomorrow")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("๓๒ มกราคม ๒๕๖๘")]
    [InlineData("๒๓ มกรา ๒๕๖๘")]
    [InlineData("23 มกราคม 2025")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text)
    {
        var result = ThaiDates.Parse(text);
        Assert.Null(result.Date);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData("๓๑ กุมภาพันธ์ ๒๕๖๘", "'๓๑ กุมภาพันธ์ ๒๕๖๘' is not a real date: กุมภาพันธ์ 2568 has 28 days")]
    [InlineData("30 ก.พ. 2567", "'30 ก.พ. 2567' is not a real date: กุมภาพันธ์ 2567 has 29 days")]
    [InlineData("2025-04-31", "'2025-04-31' is not a real date: เมษายน 2568 has 30 days")]
    [InlineData("2025-13-01", "'2025-13-01' is not a real date")]
    public void A_day_past_the_end_of_its_month_says_how_many_days_the_month_has(string text, string error) =>
        Assert.Equal(error, ThaiDates.Parse(text).Error);

    [Fact]
    public void Formats_buddhist_era_in_thai_or_arabic_digits()
    {
        var date = new DateOnly(2025, 1, 23);
        Assert.Equal("๒๓ มกราคม ๒๕๖๘", ThaiDates.Format(date, DigitStyle.Thai));
        Assert.Equal("23 มกราคม 2568", ThaiDates.Format(date, DigitStyle.Arabic));
        Assert.Equal("๒๓ ม.ค. ๒๕๖๘", ThaiDates.FormatShort(date, DigitStyle.Thai));
    }

    [Theory]
    [InlineData(2024, 9, 30, 2567)]
    [InlineData(2024, 10, 1, 2568)]
    [InlineData(2025, 1, 23, 2568)]
    [InlineData(2025, 9, 30, 2568)]
    [InlineData(2025, 10, 1, 2569)]
    public void Fiscal_year_runs_october_to_september(int year, int month, int day, int fiscal)
    {
        Assert.Equal(fiscal, ThaiDates.FiscalYear(new DateOnly(year, month, day)));
    }
}
