using GeccPortal.Search.Http;

using Microsoft.Extensions.Logging.Abstractions;

namespace GeccPortal.SearchApi.Tests;

/// <summary>
/// The holder's swap and reference counting, over real generation folders and a pointer file; the searcher
/// here only records whether it was disposed while in use, which a real Lucene searcher cannot tell us.
/// </summary>
public sealed class IndexHolderTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gecc-holder-");
    private readonly string _pointer;

    public IndexHolderTests() => _pointer = Path.Combine(_directory.FullName, "current");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Nothing_published_leaves_it_unavailable_with_a_reason()
    {
        using var holder = NewHolder();

        var status = holder.Refresh();

        Assert.False(status.IsServing);
        Assert.Contains("no index generation", status.Problem);
        Assert.Null(holder.Acquire());
    }

    [Fact]
    public void A_swap_keeps_the_old_searcher_open_until_its_last_lease_is_released()
    {
        using var holder = NewHolder();
        Publish("gen-1");
        holder.Refresh();
        var oldLease = holder.Acquire()!;
        var oldSearcher = oldLease.Searcher;

        Publish("gen-2");
        holder.Refresh();

        Assert.False(oldSearcher.IsDisposed);
        using (var newLease = holder.Acquire()!)
        {
            Assert.EndsWith("gen-2", newLease.Folder);
        }

        oldLease.Dispose();
        Assert.True(oldSearcher.IsDisposed);
        Assert.EndsWith("gen-2", holder.Status.Folder);
    }

    [Fact]
    public void An_unreadable_new_generation_keeps_the_old_one_serving()
    {
        using var holder = NewHolder();
        Publish("gen-1");
        holder.Refresh();

        Publish("broken");
        var status = holder.Refresh();

        Assert.EndsWith("gen-1", status.Folder);
        Assert.Contains("cannot be opened", status.Problem);
        using var lease = holder.Acquire()!;
        Assert.False(lease.Searcher.IsDisposed);
    }

    [Fact]
    public void Refreshing_the_same_generation_reopens_nothing()
    {
        using var holder = NewHolder();
        Publish("gen-1");
        holder.Refresh();
        var first = holder.Acquire()!;

        holder.Refresh();

        using var second = holder.Acquire()!;
        Assert.Same(first.Searcher, second.Searcher);
        first.Dispose();
        Assert.False(second.Searcher.IsDisposed);
    }

    [Fact]
    public async Task No_lease_ever_sees_a_disposed_searcher_while_generations_swap()
    {
        using var holder = NewHolder();
        Publish("gen-0");
        holder.Refresh();
        var seenDisposed = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = holder.Acquire()!;
                Thread.SpinWait(50);
                if (lease.Searcher.IsDisposed)
                {
                    Interlocked.Increment(ref seenDisposed);
                }
            }
        })).ToArray();
        for (var generation = 1; generation <= 200; generation++)
        {
            Publish($"gen-{generation}");
            holder.Refresh();
        }

        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, seenDisposed);
        Assert.EndsWith("gen-200", holder.Status.Folder);
        Assert.Equal(200, TrackedSearcher.Opened.Count(s => s.Folder.Contains(_directory.Name) && s.IsDisposed));
    }

    private IndexHolder<TrackedSearcher> NewHolder() => new(
        _directory.FullName,
        () => File.Exists(_pointer) ? Path.Combine(_directory.FullName, File.ReadAllText(_pointer)) : null,
        folder => new TrackedSearcher(folder),
        NullLogger.Instance);

    private void Publish(string generation)
    {
        Directory.CreateDirectory(Path.Combine(_directory.FullName, generation));
        File.WriteAllText(_pointer, generation);
    }

    private sealed class TrackedSearcher : IDisposable
    {
        public static readonly System.Collections.Concurrent.ConcurrentBag<TrackedSearcher> Opened = [];

        public TrackedSearcher(string folder)
        {
            if (Path.GetFileName(folder) == "broken")
            {
                throw new InvalidDataException("segments file missing");
            }

            Folder = folder;
            Opened.Add(this);
        }

        public string Folder { get; }

        public bool IsDisposed { get; private set; }

        public void Dispose() => IsDisposed = true;
    }
}
