using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// A ref whose slash is another mark, typed or pasted (site probe 8, 2026-11-29: a backslash, a full-width slash): still
/// an error, but the error now writes the ref with '/', as it was refused with only the general example before.
/// </summary>
public sealed class RefSuggestionTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("มท ๐๘๑๖.๓\\ว ๑๒๓๘", "มท ๐๘๑๖.๓/ว ๑๒๓๘")]
    [InlineData("มท ๐๘๑๖.๓／ว ๑๒๔๐", "มท ๐๘๑๖.๓/ว ๑๒๔๐")]
    [InlineData("ศธ 04002|ว1602", "ศธ 04002/ว1602")]
    public async Task A_ref_with_a_slash_lookalike_is_refused_with_the_ref_written_right(string typed, string meant)
    {
        _site.WithCircular(Path, $"'{typed}'", "2025-08-01", "เรื่อง");
        Assert.Equal(
            [$"{Path}:2:1: error: malformed ref '{typed}': write agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖; did you mean {meant}? the slash is '/', write ref: {meant}"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_ref_that_is_no_ref_with_a_slash_either_gets_no_offer()
    {
        _site.WithCircular(Path, "'หนังสือ\\12'", "2025-08-01", "เรื่อง");
        var message = Assert.Single(TestSite.Messages(await _site.CheckAsync()));
        Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
    }

    [Theory]
    // Site probe 9: copied from a citation with its date, the ref got only the general example.
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๘๐ ลงวันที่ ๑๐ มกราคม ๒๕๖๘", "ที่ มท ๐๘๑๐.๓/ว ๘๐", "๑๐ มกราคม ๒๕๖๘")]
    [InlineData("มท ๐๘๑๐.๓/ว ๘๐ ลว. ๑๐ ม.ค. ๖๘", "มท ๐๘๑๐.๓/ว ๘๐", "๑๐ ม.ค. ๖๘")]
    public async Task A_ref_with_its_date_after_it_is_refused_with_the_two_apart(string typed, string reference, string date)
    {
        _site.WithCircular(Path, typed, "2025-01-10", "เรื่อง");
        Assert.Equal(
            [$"{Path}:2:1: error: malformed ref '{typed}': write agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖; it ends with the letter's date: write ref: {reference}, and the date on a line of its own, date: {date}"],
            TestSite.Messages(await _site.CheckAsync()));
    }
}
