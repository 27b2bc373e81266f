using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// A date the editor plainly meant but wrote in a form the YAML does not take is still an error, and the error now
/// offers the reading and the YAML to write (an editors' probe, 2026-11-29: refused without a suggestion).
/// </summary>
public sealed class DateSuggestionTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("26-03-2568", "cannot read date '26-03-2568'", "๒๖ มีนาคม ๒๕๖๘", "2025-03-26")]
    [InlineData("๒๖.๐๓.๒๕๖๘", "cannot read date '๒๖.๐๓.๒๕๖๘'", "๒๖ มีนาคม ๒๕๖๘", "2025-03-26")]
    [InlineData("26/03/2025", "cannot read date '26/03/2025'", "๒๖ มีนาคม ๒๕๖๘", "2025-03-26")]
    [InlineData("๑๔ เมษา ๒๕๖๘", "unknown Thai month 'เมษา' in '๑๔ เมษา ๒๕๖๘'", "๑๔ เมษายน ๒๕๖๘", "2025-04-14")]
    [InlineData("3 พฤศจิกา 67", "unknown Thai month 'พฤศจิกา' in '3 พฤศจิกา 67'", "๓ พฤศจิกายน ๒๕๖๗", "2024-11-03")]
    [InlineData("๑ กุมภาพันธ ๒๕๖๘", "unknown Thai month 'กุมภาพันธ' in '๑ กุมภาพันธ ๒๕๖๘'", "๑ กุมภาพันธ์ ๒๕๖๘", "2025-02-01")]
    // Site probe 8: day and month swapped in ISO, the year typed first, a C.E. year after a Thai month.
    [InlineData("2025-25-08", "'2025-25-08' is not a real date", "๒๕ สิงหาคม ๒๕๖๘", "2025-08-25")]
    [InlineData("๒๕๖๘ สิงหาคม ๑๕", "cannot read date '๒๕๖๘ สิงหาคม ๑๕'", "๑๕ สิงหาคม ๒๕๖๘", "2025-08-15")]
    [InlineData("๑ สิงหาคม ๒๐๒๕", "year 2025 in '๑ สิงหาคม ๒๐๒๕' is not a Buddhist-Era year (Thai dates use B.E., e.g. 2568)", "๑ สิงหาคม ๒๕๖๘", "2025-08-01")]
    [InlineData("1 ส.ค. 2025", "year 2025 in '1 ส.ค. 2025' is not a Buddhist-Era year (Thai dates use B.E., e.g. 2568)", "๑ สิงหาคม ๒๕๖๘", "2025-08-01")]
    // Site probe 10: a time after the date, as a calendar or a YAML timestamp writes it; the parser's example date left off.
    [InlineData("2025-03-05 10:30", "cannot read date '2025-03-05 10:30'", "๕ มีนาคม ๒๕๖๘", "2025-03-05")]
    [InlineData("2025-03-05T10:30:00+07:00", "cannot read date '2025-03-05T10:30:00+07:00'", "๕ มีนาคม ๒๕๖๘", "2025-03-05")]
    [InlineData("๕ มีนาคม ๒๕๖๘ เวลา ๑๐.๓๐ น.", "cannot read date '๕ มีนาคม ๒๕๖๘ เวลา ๑๐.๓๐ น.'", "๕ มีนาคม ๒๕๖๘", "2025-03-05")]
    [InlineData("26-03-2568 09:00", "cannot read date '26-03-2568 09:00'", "๒๖ มีนาคม ๒๕๖๘", "2025-03-26")]
    // Found in review: the day equal to the month reads the same either way round, so it has one reading.
    [InlineData("05/05/2025", "cannot read date '05/05/2025'", "๕ พฤษภาคม ๒๕๖๘", "2025-05-05")]
    public async Task A_date_with_one_reading_is_refused_with_that_reading_in_the_yaml_to_write(string typed, string error, string thai, string iso)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", typed, "เรื่อง");
        var result = await _site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Equal(
            [$"{Path}:3:1: error: invalid date: {error}; did you mean {thai}? write date: {thai} (or date: {iso})"],
            TestSite.Messages(result));
    }

    [Fact]
    public async Task A_references_date_is_offered_as_its_own_date_key()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-04-20", "เรื่อง", "references:\n  - title: หนังสือกรม\n    date: ๑๔ เมษา ๒๕๖๘");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.EndsWith("; did you mean ๑๔ เมษายน ๒๕๖๘? write date: ๑๔ เมษายน ๒๕๖๘ (or date: 2025-04-14)", message, StringComparison.Ordinal);
        Assert.Contains("error: invalid reference date:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("05/03/2025", "๕ มีนาคม ๒๕๖๘ (2025-03-05) or date: ๓ พฤษภาคม ๒๕๖๘ (2025-05-03)")]
    [InlineData("03-04-2025", "๓ เมษายน ๒๕๖๘ (2025-04-03) or date: ๔ มีนาคม ๒๕๖๘ (2025-03-04)")]
    // Found in review: a time after the figures left them with no offer at all.
    [InlineData("05/03/2025 10:30", "๕ มีนาคม ๒๕๖๘ (2025-03-05) or date: ๓ พฤษภาคม ๒๕๖๘ (2025-05-03)")]
    public async Task Figures_with_a_ce_year_whose_day_and_month_could_be_either_are_refused_offering_both_not_an_example(string typed, string both)
    {
        // Site probe 10: the error said only "write 2025-01-23 or ๒๓ มกราคม ๒๕๖๘", a date that was not the editor's.
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", typed, "เรื่อง");
        Assert.Equal(
            [$"{Path}:3:1: error: invalid date: cannot read date '{typed}'; with a C.E. year the day and the month could be either way round: write date: {both}, as the letter has it"],
            TestSite.Messages(await _site.BuildAsync()));
    }

    [Theory]
    // A spoken month that starts two months' names (ม is มกราคม, มีนาคม, …), or none.
    [InlineData("๑๔ มก ๒๕๖๘")]
    [InlineData("๑๔ เดือนหน้า ๒๕๖๘")]
    // The reading is no real date.
    [InlineData("31-04-2568")]
    // Swapped or not, no real date; a C.E. year whose day the month does not have.
    [InlineData("2025-13-13")]
    [InlineData("๓๑ กุมภาพันธ์ ๒๐๒๕")]
    [InlineData("next tuesday")]
    public async Task A_date_without_one_reading_is_refused_without_an_offer(string typed)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", typed, "เรื่อง");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.Contains("error: invalid date:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
    }
}
