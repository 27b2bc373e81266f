using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>A rebuild writes only what changed, keeps the rest untouched, and a failed build changes nothing.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public IncrementalBuildTests()
    {
        // a ← b cites a; c stands alone in another agency and another fiscal year.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-09", "เรื่องที่อ้าง",
                "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-07")
            .WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "อีกเรื่อง", "tags: [อื่น]");
    }

    public void Dispose() => _site.Dispose();

    private DateTime WriteTime(string path) => File.GetLastWriteTimeUtc(Path.Combine(_site.OutputDirectory, path));

    [Fact]
    public async Task Second_build_with_nothing_changed_reads_nothing_and_writes_nothing()
    {
        var first = await _site.BuildAsync(withIndex: true);
        Assert.True(first.Output!.Written.Count > 20);
        Assert.True(first.Output.IndexWritten);
        var before = WriteTime("circulars/a/index.html");

        var second = await _site.BuildAsync(withIndex: true);

        Assert.True(second.Succeeded);
        Assert.True(second.Output!.UpToDate);
        Assert.Empty(second.Output.Written);
        Assert.False(second.Output.IndexWritten);
        Assert.Equal(3, second.Output.Circulars);
        Assert.DoesNotContain(second.Timings, t => t.Stage is "load" or "render" or "write" or "index");
        Assert.Equal(before, WriteTime("circulars/a/index.html"));
    }

    [Fact]
    public async Task After_one_title_changes_only_its_page_the_page_it_cites_and_its_listings_are_written()
    {
        await _site.BuildAsync(withIndex: true);
        var untouched = new[] { "circulars/c/index.html", "agencies/นพ/index.html", "fiscal-years/2566/index.html", "tags/อื่น/index.html", "assets/site.css" };
        var times = untouched.ToDictionary(p => p, WriteTime);
        await Task.Delay(20);

        // b cites a, so a's page lists b (with b's title) among the letters that cite it.
        _site.WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-09", "เรื่องที่อ้าง (แก้ไข)",
            "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-07");
        var result = await _site.BuildAsync(withIndex: true);

        Assert.True(result.Succeeded);
        // The index update runs beside rendering: the build's wall time is no less than its other stages
        // end to end, and is what the summary reports rather than every stage's time added up.
        var sequential = result.Timings.Where(t => t.Stage != "index").Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        Assert.InRange(result.Elapsed, sequential, TimeSpan.FromMinutes(1));
        var written = result.Output!.Written;
        foreach (var path in new[]
        {
            "circulars/b/index.html", "circulars/a/index.html", "index.html", "fiscal-years/2568/index.html", "years/2568/index.html",
            "agencies/มท/index.html", "types/external/index.html", "feed.xml", "agencies/มท/feed.xml", "catalog.json", "catalog.csv",
            "circulars/index.html",
        })
        {
            Assert.Contains(path, written);
        }

        Assert.All(untouched, path => Assert.DoesNotContain(path, written));
        Assert.All(untouched, path => Assert.Contains(path, result.Output.Unchanged));
        Assert.All(untouched, path => Assert.Equal(times[path], WriteTime(path)));
        Assert.True(result.Output.IndexWritten);
        Assert.Contains("เรื่องที่อ้าง (แก้ไข)", _site.ReadOutput("circulars/a/index.html"));
        // Most of the site is kept as it was.
        Assert.True(result.Output.Unchanged.Count > written.Count, $"{written.Count} written, {result.Output.Unchanged.Count} unchanged");
    }

    [Fact]
    public async Task A_changed_title_rewrites_only_the_page_of_the_list_of_all_circulars_that_shows_it()
    {
        // 45 newer letters: with a, b and c the list holds 48, newest first, on three pages of 20:
        // n45–n26 on the first, n25–n06 on the second, n05–n01, b, a, c on the third.
        for (var i = 1; i <= 45; i++)
        {
            _site.WithCircular($"content/circulars/n{i:00}.md", $"มท ๐๘๑๐.๓/ว {100 + i}", Day(i), $"หนังสือลำดับ {i}");
        }

        await _site.BuildAsync();
        Assert.Contains("หนังสือลำดับ 15", _site.ReadOutput("circulars/page/2/index.html"));
        string[] others = ["circulars/index.html", "circulars/page/3/index.html"];
        var times = others.ToDictionary(p => p, WriteTime);
        await Task.Delay(20);

        _site.WithCircular("content/circulars/n15.md", "มท ๐๘๑๐.๓/ว 115", Day(15), "หนังสือลำดับ 15 (แก้ไข)");
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Contains("circulars/page/2/index.html", result.Output!.Written);
        Assert.Contains("หนังสือลำดับ 15 (แก้ไข)", _site.ReadOutput("circulars/page/2/index.html"));
        // The other pages show none of n15: their keys are unchanged, so they are not even rendered.
        Assert.All(others, path => Assert.DoesNotContain(path, result.Output.Rendered));
        Assert.All(others, path => Assert.Contains(path, result.Output.Unchanged));
        Assert.All(others, path => Assert.Equal(times[path], WriteTime(path)));

        static string Day(int i) => new DateOnly(2025, 3, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_page_that_does_not_show_the_change_is_kept()
    {
        await _site.BuildAsync();

        // b shows a's ref, not a's title: a new title for a leaves b's page as it was.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง (แก้ไข)");
        var result = await _site.BuildAsync();

        Assert.Contains("circulars/a/index.html", result.Output!.Written);
        Assert.Contains("circulars/b/index.html", result.Output.Unchanged);
    }

    [Fact]
    public async Task An_output_file_deleted_by_hand_is_made_again_by_the_next_build()
    {
        await _site.BuildAsync();
        File.Delete(Path.Combine(_site.OutputDirectory, "circulars", "c", "index.html"));
        File.Delete(Path.Combine(_site.OutputDirectory, "assets", "site.css"));

        // Another circular changes, so the build is not up to date and runs; c's key is unchanged.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง (แก้ไข)");
        var result = await _site.BuildAsync();

        Assert.Contains("circulars/c/index.html", result.Output!.Written);
        Assert.Contains("assets/site.css", result.Output.Written);
        Assert.True(_site.OutputExists("circulars/c/index.html"));
        Assert.True(_site.OutputExists("assets/site.css"));
    }

    [Fact]
    public async Task A_removed_circular_leaves_no_files_behind()
    {
        await _site.BuildAsync();
        File.Delete(Path.Combine(_site.ContentDirectory, "circulars", "c.md"));

        var result = await _site.BuildAsync();

        Assert.Contains("circulars/c/index.html", result.Output!.Removed);
        Assert.Contains("agencies/นพ/index.html", result.Output.Removed);
        Assert.False(_site.OutputExists("circulars/c/index.html"));
        Assert.False(_site.OutputExists("agencies/นพ/index.html"));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched_and_the_next_good_build_recovers()
    {
        await _site.BuildAsync();
        var page = _site.ReadOutput("circulars/a/index.html");
        var time = WriteTime("circulars/a/index.html");

        _site.WithCircular("content/circulars/a.md", "ไม่ใช่เลข", "2025-01-07", "เสีย");
        var failed = await _site.BuildAsync();

        Assert.False(failed.Succeeded);
        Assert.Null(failed.Output);
        Assert.Equal(page, _site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(time, WriteTime("circulars/a/index.html"));

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "กลับมาแล้ว");
        var fixedBuild = await _site.BuildAsync();
        Assert.False(fixedBuild.Output!.UpToDate);
        Assert.Contains("circulars/a/index.html", fixedBuild.Output.Written);
        Assert.Contains("กลับมาแล้ว", _site.ReadOutput("circulars/a/index.html"));
    }

    [Fact]
    public async Task A_build_with_warnings_is_never_skipped_so_its_warnings_print_every_time()
    {
        _site.WithCircular("content/circulars/d.md", "มท ๐๘๑๐.๓/ว ๙", "2025-01-10", "มีคำเตือน",
            "references:\n  - ref: มท ๐๘๑๐.๓/ว ๙๙๙\n    date: 2025-01-01");
        var first = await _site.BuildAsync();
        Assert.True(first.WarningCount > 0, "an unresolved reference should warn");

        var second = await _site.BuildAsync();

        Assert.False(second.Output!.UpToDate);
        Assert.Equal(first.WarningCount, second.WarningCount);
        Assert.Empty(second.Output.Written);
    }
}
