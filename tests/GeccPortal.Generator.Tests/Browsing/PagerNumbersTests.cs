using GeccPortal.Generator.Rendering.Listings;

namespace GeccPortal.Generator.Tests.Browsing;

public sealed class PagerNumbersTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 5, "1 2 3 4 5")]
    [InlineData(1, 7, "1 2 3 … 7")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 8, "1 2 3 … 8")]
    [InlineData(5, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(50, 364, "1 … 48 49 50 51 52 … 364")]
    [InlineData(364, 364, "1 … 362 363 364")]
    [InlineData(4, 364, "1 2 3 4 5 6 … 364")]
    public void The_pager_links_the_first_and_last_pages_and_those_near_the_current_one(int current, int count, string expected)
    {
        var shown = PagerNumbers.Of(current, count).Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…");

        Assert.Equal(expected, string.Join(' ', shown));
    }
}
