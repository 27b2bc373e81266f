using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

using LuceneDocument = Lucene.Net.Documents.Document;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// Indexes documents in two stages that run at the same time: the calling thread reads the source and
/// builds each Lucene document, its text already analysed (word analysis cannot run on two threads at
/// once, see <see cref="CapturedTokens"/>), and worker threads add the documents to the writer, which
/// inverts the tokens and writes the segments. <see cref="Lucene.Net.Index.IndexWriter"/> takes
/// documents from many threads at once, each filling its own in-memory segment.
/// </summary>
internal static class IndexingWorkers
{
    /// <summary>Built documents waiting per worker: enough to absorb an uneven document, few enough to bound memory.</summary>
    private const int QueuedPerWorker = 8;

    /// <summary>
    /// Builds every document on the calling thread (a lazy source is enumerated once, in order, and need not
    /// be thread-safe; it is never read more than a few documents ahead) and calls <paramref name="add"/>
    /// for each on <paramref name="workerCount"/> threads. The first failure, of the source, a build or a
    /// worker, stops the rest and is rethrown once every worker has stopped, so the caller can roll back.
    /// </summary>
    public static void Run(IEnumerable<SearchDocument> documents, Func<SearchDocument, LuceneDocument> build, int workerCount,
        Action<LuceneDocument> add)
    {
        using var queue = new BlockingCollection<LuceneDocument>(workerCount * QueuedPerWorker);
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, workerCount)
            .Select(_ => Task.Factory.StartNew(() => Work(queue, stop, add), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        var built = false;
        try
        {
            foreach (var document in documents)
            {
                queue.Add(build(document), stop.Token);
            }

            built = true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A worker failed; its exception is thrown below.
        }
        finally
        {
            if (!built)
            {
                stop.Cancel();
            }

            queue.CompleteAdding();
            WaitAll(workers);
        }
    }

    private static void Work(BlockingCollection<LuceneDocument> queue, CancellationTokenSource stop, Action<LuceneDocument> add)
    {
        try
        {
            foreach (var document in queue.GetConsumingEnumerable(stop.Token))
            {
                add(document);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Another worker or the source failed.
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }

    private static void WaitAll(Task[] workers)
    {
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException failure)
        {
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }
    }
}
