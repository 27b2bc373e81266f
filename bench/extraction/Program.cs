using System.Diagnostics;
using System.Globalization;

using GeccPortal.Extraction;

// usage: GeccPortal.Bench.Extraction TEXT.pdf SCANNED.pdf COPIES OCR_PAGES
// TEXT.pdf: a multi-page PDF with a Thai text layer; SCANNED.pdf: image-only pages (the test suite's
// scanned-300-pages.pdf). Prints a Markdown table.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: GeccPortal.Bench.Extraction TEXT.pdf SCANNED.pdf COPIES OCR_PAGES");
    return 2;
}

var textPdf = args[0];
var scannedPdf = args[1];
var copies = int.Parse(args[2], CultureInfo.InvariantCulture);
var ocrPages = int.Parse(args[3], CultureInfo.InvariantCulture);
var work = Directory.CreateTempSubdirectory("gecc-bench-extraction-");
try
{
    var options = ExtractionOptions.Default with { TimeLimit = TimeSpan.FromMinutes(10), MaxOcrPages = ocrPages };
    var rows = new List<string>();
    var textCopies = Bench.DistinctCopies(textPdf, work.FullName, "text", copies);

    AttachmentExtractor.ExtractAll(textCopies, options); // warm-up: JIT (tiered) and PdfPig's font tables

    var (serial, serialPages) = Bench.Time(() => AttachmentExtractor.ExtractAll(textCopies, options with { MaxParallelism = 1 }));
    rows.Add(Bench.Row($"text PDF, {copies} files, 1 thread", serialPages, serial));
    var (parallel, parallelPages) = Bench.Time(() => AttachmentExtractor.ExtractAll(textCopies, options));
    rows.Add(Bench.Row($"text PDF, {copies} files, {options.MaxParallelism} threads", parallelPages, parallel));

    var (ocrOne, ocrOnePages) = Bench.Time(() => [AttachmentExtractor.Extract(scannedPdf, options)], countOcrPages: ocrPages);
    rows.Add(Bench.Row($"OCR, first {ocrPages} pages of one scan (pages in sequence)", ocrOnePages, ocrOne));
    var scanCopies = Bench.DistinctCopies(scannedPdf, work.FullName, "scan", Environment.ProcessorCount * 2);
    var onePageEach = options with { MaxOcrPages = 1 };
    var (ocrMany, ocrManyPages) = Bench.Time(() => AttachmentExtractor.ExtractAll(scanCopies, onePageEach), countOcrPages: 1);
    rows.Add(Bench.Row($"OCR, 1 page of each of {scanCopies.Count} scans, {options.MaxParallelism} threads", ocrManyPages, ocrMany));

    var cache = new ExtractionCache(Path.Combine(work.FullName, "cache"));
    var all = textCopies.Concat(scanCopies).ToList();
    var (cold, _) = Bench.Time(() => AttachmentExtractor.ExtractAll(all, onePageEach, cache));
    rows.Add($"| build with an empty cache ({textCopies.Count} text PDFs, {scanCopies.Count} scans with 1 OCR page each) | – | {cold.TotalSeconds:0.00} s | – |");
    IReadOnlyList<ExtractionResult> hits = [];
    var (warm, _) = Bench.Time(() => hits = AttachmentExtractor.ExtractAll(all, onePageEach, cache));
    if (hits.Any(r => !r.FromCache))
    {
        Console.Error.WriteLine("error: the rebuild missed the cache");
        return 1;
    }

    rows.Add($"| rebuild, nothing changed ({all.Count} cache hits) | – | {warm.TotalSeconds:0.000} s | {warm.TotalMilliseconds / all.Count:0.00} ms/file |");

    Console.WriteLine("| run | pages | time | throughput |");
    Console.WriteLine("|---|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

internal static class Bench
{
    /// <summary>Copies with a distinct trailing comment, so each has its own content hash.</summary>
    public static List<string> DistinctCopies(string source, string folder, string prefix, int count)
    {
        var bytes = File.ReadAllBytes(source);
        return Enumerable.Range(1, count).Select(i =>
        {
            var path = Path.Combine(folder, $"{prefix}-{i}.pdf");
            File.WriteAllBytes(path, [.. bytes, .. System.Text.Encoding.ASCII.GetBytes($"\n% copy {i}\n")]);
            return path;
        }).ToList();
    }

    /// <summary>Wall time and pages read (PDF pages, or OCR'd pages when given per file).</summary>
    public static (TimeSpan Elapsed, int Pages) Time(Func<IReadOnlyList<ExtractionResult>> run, int? countOcrPages = null)
    {
        var clock = Stopwatch.StartNew();
        var results = run();
        clock.Stop();
        var warnings = results.SelectMany(r => r.Warnings).Where(w => w.Kind != WarningKind.LimitReached).ToList();
        if (warnings.Count > 0)
        {
            throw new InvalidOperationException("unexpected warnings: " + string.Join(" | ", warnings));
        }

        var pages = countOcrPages is { } perFile ? results.Count * perFile : results.Sum(r => r.PageCount ?? 0);
        return (clock.Elapsed, pages);
    }

    public static string Row(string name, int pages, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {pages} | {elapsed.TotalSeconds:0.00} s | {pages / elapsed.TotalSeconds:0.0} pages/s |");
}
