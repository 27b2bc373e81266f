using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An order numbered under its heading and filed under an agency (คำสั่งจังหวัดฉะเชิงเทรา ที่ ๑๒/๒๕๖๘ under ฉช) typed with
/// that agency's letters instead (<c>ฉช 12/2568</c>), as some bodies number their orders (<c>นพ ๕/๒๕๖๘</c>).
/// </summary>
public sealed class OrderWithAgencyLettersTests : IDisposable
{
    private const string Order = "คำสั่งจังหวัดฉะเชิงเทราที่12/2568";
    private const string Unfiled = "คำสั่งโรงเรียนบ้านหนองบัวที่12/2568";

    private readonly TempIndex _index = new([
        Circulars.Make("คำสั่งจังหวัดฉะเชิงเทรา ที่ ๑๒/๒๕๖๘", new DateOnly(2025, 1, 8), "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่า",
            "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่า", d => d with { Type = "order", Agency = "ฉช", Url = "circulars/order-12/" }),
        Circulars.Make("คำสั่งโรงเรียนบ้านหนองบัว ที่ ๑๒/๒๕๖๘", new DateOnly(2025, 2, 3), "แต่งตั้งครูเวรประจำวัน",
            "แต่งตั้งครูเวรประจำวัน", d => d with { Type = "order", Url = "circulars/school-12/" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ฉช 12/2568")]
    [InlineData("ที่ ฉช ๑๒/๒๕๖๘")]
    [InlineData("ฉช12/2568")]
    public void The_agency_letters_and_number_find_the_order_first(string query)
    {
        var hit = _index.Search(query).Hits[0];

        Assert.Equal(Order, Thai.CircularRef.Parse(hit.Ref).Normalized);
        Assert.Contains("ref", hit.Matches);
        Assert.Equal(Order, Thai.CircularRef.Parse(_index.Searcher.Lookup(query)!.Ref).Normalized);
    }

    [Fact]
    public void Another_agencys_letters_do_not_find_it()
    {
        Assert.Null(_index.Searcher.Lookup("ชร 12/2568"));
        Assert.DoesNotContain(Order, _index.ExactRefs("ชร 12/2568"));
    }

    [Fact]
    public void An_order_under_no_agency_is_found_by_its_heading_only()
    {
        Assert.Equal(Unfiled, Thai.CircularRef.Parse(_index.Searcher.Lookup("คำสั่งโรงเรียนบ้านหนองบัว ที่ 12/2568")!.Ref).Normalized);
        Assert.DoesNotContain(Unfiled, _index.ExactRefs("ฉช 12/2568"));
    }
}
