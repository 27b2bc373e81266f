using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Browsing;

/// <summary>
/// A listing kind's <see cref="ListingKind.GroupedBy"/> lets a listing build each group's key once: it must
/// decide the keys, or circulars would land in another circular's groups.
/// </summary>
public sealed class ListingGroupingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Sharing_keys_by_what_decides_them_builds_the_same_listings_as_keying_each_circular()
    {
        string[] agencies = ["มท ๐๘๑๐.๓/ว", "นพ ๐๐๒๓.๓/ว", "กค ๐๔๒๑.๔/ว"];
        string[] types = ["external", "internal", "order", "announcement"];
        string[] urgencies = ["", "urgency: ด่วน", "urgency: ด่วนมาก", "urgency: ด่วนที่สุด"];
        string[] tags = ["", "tags: [GECC]", "tags: [gecc, งบประมาณ]", "tags: [งบประมาณ]"];
        for (var i = 0; i < 24; i++)
        {
            // Dates on both sides of 1 October and of 1 January, so fiscal and B.E. years differ.
            var date = new DateOnly(2023, 9, 25).AddDays(i * 17).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _site.WithCircular($"content/circulars/c{i}.md", $"{agencies[i % 3]} {i + 1}", date, $"เรื่องที่ {i}",
                $"type: {types[i % 4]}\n{urgencies[i / 2 % 4]}\n{tags[i / 3 % 4]}");
        }

        var site = (await _site.CheckAsync()).Site!;
        Assert.Equal(24, site.Circulars.Count);
        foreach (var kind in ListingKinds.All.Where(kind => kind.GroupedBy is not null))
        {
            Assert.Equal(Shape(Listing.Build(kind with { GroupedBy = null }, site)), Shape(Listing.Build(kind, site)));
            Assert.True(Listing.Build(kind, site).Groups.Count > 1, kind.Segment);
        }
    }

    private static List<string> Shape(Listing listing) =>
        [.. listing.Groups.Select(g => $"{g.Key} :: {string.Join(", ", g.Circulars.Select(c => c.Slug))}")];
}
