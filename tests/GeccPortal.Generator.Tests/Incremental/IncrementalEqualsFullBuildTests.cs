using GeccPortal.Generator.Build;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>
/// The incremental build skips rendering every page whose render key is unchanged. If a key missed an input,
/// a page would go stale; so after each kind of edit, the updated site must be byte-identical to a site
/// built from nothing out of the same content.
/// </summary>
public sealed class IncrementalEqualsFullBuildTests : IDisposable
{
    private const string CitesA = "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-07";

    private readonly TestSite _site = new();
    private int _fullBuilds;

    public IncrementalEqualsFullBuildTests()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง", "tags: [งบประมาณ]")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-09", "เรื่องที่อ้าง", CitesA)
            .WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "อีกเรื่อง", "tags: [อื่น]")
            // Names a letter that is not published yet: shown as plain text until it is.
            .WithCircular("content/circulars/d.md", "มท ๐๘๑๐.๓/ว ๔", "2025-02-03", "รอหนังสือต้นเรื่อง",
                "enclosures:\n  - title: หนังสือต้นเรื่อง\n    ref: มท ๐๘๑๐.๓/ว ๓\n    date: 2025-02-01");
    }

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Edits => ["cited-title", "new-target", "removed", "renamed", "settings", "agency-name", "page", "tags", "paging", "old-fiscal-year"];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_the_updated_site_equals_a_site_built_from_nothing(string edit)
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        await Task.Delay(20);

        Apply(edit);
        var incremental = await _site.BuildAsync();
        Assert.True(incremental.Succeeded, string.Join("\n", TestSite.Messages(incremental)));
        Assert.False(incremental.Output!.UpToDate);

        AssertSameTree(await FullBuildAsync(), _site.OutputDirectory);
    }

    [Fact]
    public async Task Many_edits_in_a_row_still_match_a_full_build()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        foreach (var edit in Edits)
        {
            await Task.Delay(20);
            Apply(edit);
            Assert.True((await _site.BuildAsync()).Succeeded);
            AssertSameTree(await FullBuildAsync(), _site.OutputDirectory);
        }
    }

    /// <summary>
    /// The home page, the feeds and the search page show only the newest letters, so their keys name only
    /// those: editing an older letter leaves them unrendered, and moving it to the front renders them again.
    /// </summary>
    [Fact]
    public async Task Home_page_feeds_and_search_page_are_rendered_only_when_a_letter_they_show_changes()
    {
        // 60 newer letters of the same agency put a past the home page's 20 and the feeds' 50.
        for (var i = 10; i < 70; i++)
        {
            var date = new DateOnly(2025, 3, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _site.WithCircular($"content/circulars/n{i}.md", $"มท ๐๘๑๐.๓/ว {i}", date, $"หนังสือใหม่ลำดับ {i}");
        }

        Assert.True((await _site.BuildAsync()).Succeeded);
        string[] newestOnly = ["index.html", "feed.xml", "agencies/มท/feed.xml", "search/index.html"];
        await Task.Delay(20);

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง (แก้ชื่อ)", "tags: [งบประมาณ]");
        var older = await _site.BuildAsync();
        Assert.True(older.Succeeded);
        Assert.Contains("circulars/a/index.html", older.Output!.Rendered);
        Assert.Contains("catalog.json", older.Output.Rendered);
        Assert.All(newestOnly, path => Assert.DoesNotContain(path, older.Output.Rendered));
        AssertSameTree(await FullBuildAsync(), _site.OutputDirectory);
        await Task.Delay(20);

        // A new length as well as a new time, so the change is seen wherever file times are coarse.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-12-30", "ต้นเรื่อง (แก้ชื่ออีกครั้ง)", "tags: [งบประมาณ]");
        var newest = await _site.BuildAsync();
        Assert.True(newest.Succeeded);
        Assert.All(newestOnly, path => Assert.Contains(path, newest.Output!.Rendered));
        AssertSameTree(await FullBuildAsync(), _site.OutputDirectory);
    }

    private void Apply(string edit)
    {
        switch (edit)
        {
            case "cited-title":
                // b cites a, so a's new title must show wherever a is named by title: a's page, listings, b's page if it shows it.
                _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง (ฉบับแก้ไข)", "tags: [งบประมาณ]");
                break;
            case "new-target":
                // d's enclosure now names a published circular: d's page must link to it.
                _site.WithCircular("content/circulars/e.md", "มท ๐๘๑๐.๓/ว ๓", "2025-02-01", "หนังสือต้นเรื่องมาแล้ว");
                break;
            case "removed":
                // a is gone: b's reference falls back to plain text (a warning), a's listings shrink.
                File.Delete(Path.Combine(_site.ContentDirectory, "circulars", "c.md"));
                break;
            case "renamed":
                // b's slug is its file name: a's page (cited by b), the listings and the feeds must link to the new one.
                File.Move(Path.Combine(_site.ContentDirectory, "circulars", "b.md"), Path.Combine(_site.ContentDirectory, "circulars", "b-renamed.md"));
                break;
            case "settings":
                _site.With("content/site.yml", "title: ชื่อใหม่ของเว็บ\nbaseUrl: /\ndigits: arabic\nsearchApi: /api\n");
                break;
            case "agency-name":
                _site.With("content/agencies.yml", "มท: กระทรวงมหาดไทย (ใหม่)\nนพ: จังหวัดนครพนม\n");
                break;
            case "page":
                _site.With("content/pages/about.md", "---\ntitle: เกี่ยวกับเรา\n---\nหน้าใหม่ในเมนู\n");
                break;
            case "tags":
                _site.WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "อีกเรื่อง", "tags: [งบประมาณ, ใหม่]");
                break;
            case "paging":
                // Enough letters for a second page of every listing they share; the first page's items all shift.
                for (var i = 10; i < 35; i++)
                {
                    _site.WithCircular($"content/circulars/p{i}.md", $"มท ๐๘๑๐.๓/ว {i}", $"2025-03-{i - 9:00}", $"หนังสือลำดับ {i}");
                }

                break;
            case "old-fiscal-year":
                // An older letter of a fiscal year no other has: the newest letter is the same, but the search
                // page's fiscal-year filter and the fiscal-year listing gain a year.
                _site.WithCircular("content/circulars/old.md", "มท ๐๘๑๐.๓/ว ๕", "2020-05-05", "หนังสือปีก่อน");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "unknown edit");
        }
    }

    private async Task<string> FullBuildAsync()
    {
        var output = Path.Combine(_site.Root, $"full-{++_fullBuilds}", "_site");
        var result = await SiteBuild.RunAsync(new BuildOptions(_site.ContentDirectory, output, null));
        Assert.True(result.Succeeded);
        return output;
    }

    private static void AssertSameTree(string expected, string actual)
    {
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.Equal(expectedFiles.Keys.Order(StringComparer.Ordinal), actualFiles.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, full) in expectedFiles)
        {
            Assert.True(File.ReadAllBytes(full).AsSpan().SequenceEqual(File.ReadAllBytes(actualFiles[path])), $"{path} differs from a full build");
        }
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
}
