using GeccPortal.Generator.Cli;

namespace GeccPortal.Generator.Tests.Cli;

/// <summary>Collections and allocations are counted for the whole process: these run alone, beside the window's tests.</summary>
[Collection(nameof(CollectionFreeWindowTests))]
public sealed class YoungGenerationCapTests
{
    private const int Chunk = 64 * 1024;

    [Fact]
    public void No_more_than_the_cap_and_a_little_is_allocated_between_two_collections()
    {
        var largestGap = 0L;
        using (YoungGenerationCap.Start())
        {
            var collections = GC.CollectionCount(0);
            var allocatedAtCollection = GC.GetTotalAllocatedBytes(precise: true);
            foreach (var allocated in AllocateGarbage(6 * YoungGenerationCap.CapBytes))
            {
                if (GC.CollectionCount(0) != collections)
                {
                    collections = GC.CollectionCount(0);
                    allocatedAtCollection = allocated;
                }

                largestGap = Math.Max(largestGap, allocated - allocatedAtCollection);
            }
        }

        // The watcher looks every few milliseconds, later on a busy machine; the garbage comes a megabyte at a time
        // between short pauses. Without the cap, a runtime sizing its budget from a large cache (75 MB on the bench
        // machine) lets at least half of the garbage pile up.
        Assert.InRange(largestGap, 0, YoungGenerationCap.CapBytes + (12 << 20));
    }

    [Fact]
    public void A_collection_free_window_is_left_open()
    {
        using var window = CollectionFreeWindow.Open();
        Assert.True(window.IsOpen);
        using (var cap = YoungGenerationCap.Start())
        {
            foreach (var _ in AllocateGarbage(4 * YoungGenerationCap.CapBytes))
            {
            }

            Assert.Equal(0, cap.Collections);
        }

        Assert.True(window.IsOpen);
    }

    /// <summary>Allocates <paramref name="total"/> bytes of garbage, yielding the process's allocation count after each chunk.</summary>
    private static IEnumerable<long> AllocateGarbage(long total)
    {
        for (long made = 0; made < total; made += Chunk)
        {
            GC.KeepAlive(new byte[Chunk]);
            if (made % (1 << 20) == 0)
            {
                Thread.Sleep(3);
            }

            yield return GC.GetTotalAllocatedBytes(precise: true);
        }
    }
}
