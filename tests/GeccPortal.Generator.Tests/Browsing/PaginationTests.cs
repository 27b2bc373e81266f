using GeccPortal.Generator.Rendering.Listings;

namespace GeccPortal.Generator.Tests.Browsing;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(20, 1, 20)]
    [InlineData(21, 2, 1)]
    [InlineData(40, 2, 20)]
    [InlineData(41, 3, 1)]
    public void Items_fill_pages_of_twenty_and_an_empty_list_still_has_one_page(int items, int pages, int onLastPage)
    {
        var slices = Pagination.Split(Enumerable.Range(1, items).ToList(), "years/2568/");

        Assert.Equal(pages, slices.Count);
        Assert.Equal(onLastPage, slices[^1].Items.Count);
        Assert.Equal(Enumerable.Range(1, items), slices.SelectMany(s => s.Items));
        Assert.All(slices, s => Assert.Equal(pages, s.Count));
    }

    [Fact]
    public void First_page_is_the_group_url_and_later_pages_sit_under_page()
    {
        var slices = Pagination.Split(Enumerable.Range(1, 41).ToList(), "years/2568/");

        Assert.Equal(["years/2568/", "years/2568/page/2/", "years/2568/page/3/"], slices.Select(s => s.Url));
        Assert.Null(slices[0].PreviousUrl);
        Assert.Equal("years/2568/page/2/", slices[0].NextUrl);
        Assert.Equal("years/2568/", slices[1].PreviousUrl);
        Assert.Null(slices[2].NextUrl);
    }
}
