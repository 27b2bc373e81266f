using GeccPortal.Extraction.Detection;
using GeccPortal.Extraction.Readers;
using GeccPortal.Extraction.Safety;

namespace GeccPortal.Extraction;

/// <summary>
/// Reads the text of an attachment (PDF, scanned PDF, image, .docx, .xlsx, .txt, .md, .csv) for search and for
/// an HTML text view. A bad file never throws: the result carries a warning naming the file and the reason.
/// Each file is read on its own thread under <see cref="ExtractionOptions.TimeLimit"/>.
/// </summary>
public static class AttachmentExtractor
{
    /// <summary>Bump when readers or repairs change what they produce: cached results of older versions are ignored.</summary>
    public const string Version = "5";

    // Readers recurse (PdfPig, XML); give them room beyond the default thread stack.
    private const int ReaderStackBytes = 16 * 1024 * 1024;

    // Once the time limit is reached a cooperative reader needs a moment to stop and hand back what it has.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    /// <summary>Reads one file. Throws only <see cref="OperationCanceledException"/> when the caller cancels.</summary>
    public static ExtractionResult Extract(string path, ExtractionOptions options, CancellationToken cancellationToken = default) =>
        Extract(path, options, cache: null, cancellationToken);

    /// <summary>Reads one file, or returns the cached result for the same bytes.</summary>
    public static ExtractionResult Extract(string path, ExtractionOptions options, ExtractionCache? cache, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(path);
        string? key = null;
        if (cache is not null && File.Exists(path))
        {
            try
            {
                key = ExtractionCache.Key(path, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                key = null; // unreadable now: the fresh extraction below reports why
            }

            if (key is not null && cache.TryGet(key, fileName) is { } cached)
            {
                return cached;
            }
        }

        var result = ExtractFresh(path, options, cancellationToken);
        if (cache is not null && key is not null && !result.Warnings.Any(w => w.IsTransient))
        {
            cache.Put(key, result);
        }

        return result;
    }

    /// <summary>
    /// Reads many files at once (up to <see cref="ExtractionOptions.MaxParallelism"/>), using the cache when given.
    /// Results are in the order of <paramref name="paths"/>.
    /// </summary>
    public static IReadOnlyList<ExtractionResult> ExtractAll(IEnumerable<string> paths, ExtractionOptions options, ExtractionCache? cache = null, CancellationToken cancellationToken = default)
    {
        var list = paths.ToList();
        var results = new ExtractionResult[list.Count];
        Parallel.For(0, list.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken },
            i => results[i] = Extract(list[i], options, cache, cancellationToken));
        return results;
    }

    private static ExtractionResult ExtractFresh(string path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        FileInfo info;
        FileKind kind;
        try
        {
            info = new FileInfo(path);
            kind = FileKindDetector.Detect(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unread(fileName, FileKind.Unknown, 0, $"file could not be opened: {e.Message}");
        }

        if (info.Length > options.MaxFileBytes)
        {
            return Unread(fileName, kind, info.Length,
                $"file is {ByteSize.Format(info.Length)}, over the {ByteSize.Format(options.MaxFileBytes)} limit; not read", WarningKind.LimitReached);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TimeLimit);
        var context = new ReadContext(path, options, limit.Token);
        AddMislabelWarning(context, kind);
        var finished = RunWithLimit(() => Read(context, kind), options.TimeLimit + StopGrace, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (!finished || limit.IsCancellationRequested)
        {
            context.Warn(WarningKind.TimedOut, $"reading stopped at the time limit of {options.TimeLimit.TotalSeconds:0} s; text may be incomplete");
        }

        // A reader abandoned at the time limit may still be writing; its blocks are not taken then.
        var (blocks, warnings) = context.Snapshot();
        var repaired = finished ? blocks.Select(BlockText.Repair).ToList() : [];
        var text = BlockText.Flatten(repaired);
        if (text.Length == 0 && warnings.All(w => w.Kind is WarningKind.Mislabelled or WarningKind.LimitReached))
        {
            warnings = [.. warnings, new ExtractionWarning(fileName, WarningKind.NoText, "no text found in the file")];
        }

        return new ExtractionResult
        {
            FileName = fileName,
            Kind = kind,
            SizeBytes = info.Length,
            PageCount = context.PageCount,
            Text = text,
            Blocks = repaired,
            FromOcr = context.FromOcr,
            Warnings = warnings,
        };
    }

    private static void Read(ReadContext context, FileKind kind)
    {
        try
        {
            switch (kind)
            {
                case FileKind.Pdf:
                    PdfReader.Read(context);
                    break;
                case FileKind.Docx or FileKind.Xlsx:
                    ReadOfficePackage(context, kind);
                    break;
                case FileKind.Text or FileKind.Markdown or FileKind.Csv:
                    PlainTextReader.Read(context, kind);
                    break;
                case FileKind.Png or FileKind.Jpeg:
                    ImageReader.Read(context);
                    break;
                default:
                    context.Warn(kind == FileKind.Empty ? WarningKind.NoText : WarningKind.Unreadable, FileKindText.Unsupported(kind, context.Path));
                    break;
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The time limit (or the caller) stopped the reader; the extractor reports it.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readers see hostile bytes; whatever a library throws on them is a property of the file.
            context.Warn(WarningKind.Unreadable, $"could not read {FileKindText.Describe(kind)}: damaged or truncated ({OneLine(e.Message)})");
        }
    }

    private static void ReadOfficePackage(ReadContext context, FileKind kind)
    {
        using var package = ZipGuard.OpenBounded(context.Path, context.Options.MaxUncompressedBytes, context.CancellationToken, out var refusal);
        if (package is null)
        {
            context.Warn(WarningKind.Unreadable, refusal!);
            return;
        }

        if (kind == FileKind.Docx)
        {
            DocxReader.Read(context, package);
        }
        else
        {
            XlsxReader.Read(context, package);
        }
    }

    /// <summary>Runs the reader on its own thread; false when it did not finish within <paramref name="wait"/>.</summary>
    private static bool RunWithLimit(Action read, TimeSpan wait, CancellationToken cancellationToken)
    {
        // Not disposed: a reader abandoned at the limit still signals it when (if ever) it ends.
        var done = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                read();
            }
            finally
            {
                done.Set();
            }
        }, ReaderStackBytes)
        {
            IsBackground = true,
            Name = "attachment reader",
        };
        thread.Start();
        try
        {
            return done.Wait(wait, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            done.Wait(StopGrace);
            throw;
        }
    }

    private static void AddMislabelWarning(ReadContext context, FileKind kind)
    {
        if (FileKindDetector.ExpectedFromName(context.Path) is { } expected && expected != kind
            && kind is not (FileKind.Empty or FileKind.Unknown or FileKind.Zip)
            && !(expected is FileKind.Text or FileKind.Markdown or FileKind.Csv && kind is FileKind.Text or FileKind.Markdown or FileKind.Csv))
        {
            context.Warn(WarningKind.Mislabelled, $"named {Path.GetExtension(context.Path)} but is {FileKindText.Describe(kind)}; read as such");
        }
    }

    private static ExtractionResult Unread(string fileName, FileKind kind, long size, string reason, WarningKind warning = WarningKind.Unreadable) => new()
    {
        FileName = fileName,
        Kind = kind,
        SizeBytes = size,
        Warnings = [new ExtractionWarning(fileName, warning, reason)],
    };

    private static string OneLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
