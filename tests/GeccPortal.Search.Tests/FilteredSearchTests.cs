using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A request's agency, type, urgency and dates limit the letters a search reads (Querying/AcceptedDocs.cs): the letters
/// within them get the scores they get unfiltered, in the same order, and a letter an update replaced stays out.
/// </summary>
public sealed class FilteredSearchTests : IDisposable
{
    private readonly TempIndex _index = new([
        .. Circulars.All,
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๔", new DateOnly(2025, 1, 9), "ผลการประชุมคณะกรรมการ",
            "คณะกรรมการจังหวัดได้มีมติให้จัดงานประจำปี และขอให้องค์กรปกครองส่วนท้องถิ่นประชาสัมพันธ์"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๓/ว ๒๕", new DateOnly(2024, 6, 9), "รายงานการประชุม",
            "คณะกรรมการอำเภอได้มีมติเห็นชอบ ขอให้องค์กรปกครองส่วนท้องถิ่นทุกแห่งถือปฏิบัติ", d => d with { Urgency = "ด่วน" }),
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๖", new DateOnly(2023, 5, 2), "มติคณะกรรมการ",
            "แจ้งมติคณะกรรมการจังหวัดให้องค์กรปกครองส่วนท้องถิ่นทราบ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("องค์กรปกครองส่วนท้องถิ่น")]
    [InlineData("มติคณะกรรมการ")] // the halves the other way round: span queries, which read word positions
    [InlineData("คณะกรรมการ มติ")]
    public void Letters_within_the_filters_keep_their_unfiltered_scores_and_order(string query)
    {
        var all = _index.Search(query);
        Assert.NotEmpty(all.Hits);
        foreach (var filter in Filters)
        {
            var filtered = _index.Search(query, filter);
            var expected = all.Hits.Where(hit => Passes(hit, filter)).Select(hit => (hit.Ref, hit.Score)).ToList();
            Assert.Equal(expected, filtered.Hits.Select(hit => (hit.Ref, hit.Score)).ToList());
            Assert.Equal(expected.Count, filtered.Total);
        }
    }

    [Fact]
    public void The_filters_find_only_letters_passing_all_of_them()
    {
        Assert.Equal(["ลป0017.2/ว24", "ลป0017.2/ว26"], _index.Refs("องค์กรปกครองส่วนท้องถิ่น", r => r with { Agency = "ลป" }).Order(StringComparer.Ordinal));
        Assert.Equal(["ลป0017.2/ว24"], _index.Refs("องค์กรปกครองส่วนท้องถิ่น", r => r with { Agency = "ลป", From = new DateOnly(2024, 1, 1) }));
        Assert.Equal(["ชม0017.3/ว25"], _index.Refs("องค์กรปกครองส่วนท้องถิ่น", r => r with { Urgency = "ด่วน" }));
        Assert.Empty(_index.Refs("องค์กรปกครองส่วนท้องถิ่น", r => r with { Agency = "ชม", To = new DateOnly(2024, 1, 1) }));
        Assert.Empty(_index.Refs("องค์กรปกครองส่วนท้องถิ่น", r => r with { Agency = "ไม่มี" }));
    }

    [Fact]
    public void A_letter_an_update_replaced_is_not_found_through_a_filter()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gecc-filter-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            CircularIndex.Write(directory, Circulars.All);
            CircularIndex.Update(directory, [Circulars.HealthVaccine with { Title = "การฉีดวัคซีนไข้หวัดใหญ่", Body = "ขอให้รณรงค์ฉีดวัคซีนไข้หวัดใหญ่", Urgency = null }], []);
            using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(directory)!);

            // The old version (โควิด, ด่วนที่สุด) is still in its segment, marked deleted.
            Assert.Equal(0, searcher.Search(new SearchRequest { Query = "โควิด", Agency = "สธ" }).Total);
            Assert.Equal(0, searcher.Search(new SearchRequest { Query = "", Urgency = "ด่วนที่สุด" }).Total);
            Assert.Equal(1, searcher.Search(new SearchRequest { Query = "วัคซีน", Agency = "สธ" }).Total);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static readonly Func<SearchRequest, SearchRequest>[] Filters =
    [
        r => r with { Agency = "ลป" },
        r => r with { Agency = "ชม" },
        r => r with { Urgency = "ด่วน" },
        r => r with { From = new DateOnly(2024, 1, 1) },
        r => r with { Agency = "ลป", To = new DateOnly(2024, 12, 31) },
        r => r with { Agency = "สธ" },
    ];

    private static bool Passes(SearchHit hit, Func<SearchRequest, SearchRequest> filter)
    {
        var request = filter(new SearchRequest());
        return (request.Agency is null || hit.Agency == request.Agency) && (request.Urgency is null || hit.Urgency == request.Urgency)
            && (request.From is null || hit.Date >= request.From) && (request.To is null || hit.Date <= request.To);
    }
}
