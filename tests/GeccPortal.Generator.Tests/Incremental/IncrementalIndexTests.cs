using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>A rebuild updates only the changed circulars' search documents, and the index then answers as a full rebuild would.</summary>
public sealed class IncrementalIndexTests : IDisposable
{
    private readonly TestSite _site = new();

    public IncrementalIndexTests() =>
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "การจัดซื้อวัคซีน")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-09", "การซ่อมถนน")
            .WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "การประชุมประจำปี");

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<string> Urls(string query)
    {
        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        return [.. searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Url)];
    }

    [Fact]
    public async Task A_changed_title_a_new_letter_and_a_removed_letter_reach_the_index_in_a_new_generation()
    {
        Assert.True((await _site.BuildAsync(withIndex: true)).Succeeded);
        var first = CircularIndex.ResolveCurrent(_site.IndexDirectory);

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "การจัดซื้อเวชภัณฑ์");
        _site.WithCircular("content/circulars/d.md", "มท ๐๘๑๐.๓/ว ๓", "2025-01-10", "การปลูกป่าชุมชน");
        File.Delete(Path.Combine(_site.ContentDirectory, "circulars", "c.md"));
        var result = await _site.BuildAsync(withIndex: true);

        Assert.True(result.Output!.IndexWritten);
        Assert.NotEqual(first, CircularIndex.ResolveCurrent(_site.IndexDirectory));
        Assert.Empty(Urls("วัคซีน"));
        Assert.Equal(["circulars/a/"], Urls("เวชภัณฑ์"));
        Assert.Equal(["circulars/d/"], Urls("ปลูกป่า"));
        Assert.Empty(Urls("ประชุมประจำปี"));
        Assert.Equal(["circulars/b/"], Urls("ซ่อมถนน"));
    }

    [Fact]
    public async Task A_change_that_no_search_document_shows_leaves_the_index_as_it_was()
    {
        Assert.True((await _site.BuildAsync(withIndex: true)).Succeeded);
        var first = CircularIndex.ResolveCurrent(_site.IndexDirectory);

        // A new plain page changes every page's navigation, not any circular's document.
        _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับเรา\n---\nหน้าใหม่\n");
        var result = await _site.BuildAsync(withIndex: true);

        Assert.False(result.Output!.UpToDate);
        Assert.False(result.Output.IndexWritten);
        Assert.Equal(first, CircularIndex.ResolveCurrent(_site.IndexDirectory));
    }
}
