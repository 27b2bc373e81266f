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
}
