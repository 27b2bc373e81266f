using System.Runtime;

using GeccPortal.Generator.Cli;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Cli;

/// <summary>The GC's latency mode is the whole process's: these tests run alone, so no other test's allocations close a window.</summary>
[CollectionDefinition(nameof(CollectionFreeWindowTests), DisableParallelization = true)]
public sealed class GcLatencyCollection;

[Collection(nameof(CollectionFreeWindowTests))]
public sealed class CollectionFreeWindowTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_window_holds_collections_off_until_it_is_closed()
    {
        using (var window = CollectionFreeWindow.Open())
        {
            Assert.True(window.IsOpen);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_second_window_at_the_same_time_leaves_the_first_one_alone()
    {
        using var first = CollectionFreeWindow.Open();
        using (var second = CollectionFreeWindow.Open())
        {
            Assert.False(second.IsOpen);
        }

        Assert.True(first.IsOpen);
    }

    [Fact]
    public void Allocating_past_the_budget_closes_the_window_and_closing_it_again_is_harmless()
    {
        var window = CollectionFreeWindow.Open();
        Assert.True(window.IsOpen);
        var kept = new List<byte[]>();
        for (long allocated = 0; allocated <= CollectionFreeWindow.Budget + (16 << 20); allocated += 1 << 20)
        {
            kept.Add(new byte[1 << 20]);
        }

        Assert.False(window.IsOpen);
        window.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        GC.KeepAlive(kept);
    }

    [Fact]
    public async Task A_rebuild_by_the_command_line_leaves_collections_on()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        string[] args = ["build", "--content", _site.ContentDirectory, "--output", _site.OutputDirectory, "--index", _site.IndexDirectory];
        var console = new CliConsole(new StringWriter(), new StringWriter());
        Assert.Equal(ExitCodes.Ok, await GeccCli.RunAsync(args, console));
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องใหม่");

        Assert.Equal(ExitCodes.Ok, await GeccCli.RunAsync(args, console));

        Assert.Contains("เรื่องใหม่", _site.ReadOutput("circulars/a/index.html"));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
