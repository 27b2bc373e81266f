namespace GeccPortal.Extraction;

/// <summary>Limits and tools for extraction. The defaults suit a site build on a small machine.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Wall-clock limit for one file; OCR processes are killed when it runs out.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Files larger than this are not read at all (the download is still published).</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Cap on the uncompressed size of a .docx/.xlsx (all zip entries together): zip-bomb guard.</summary>
    public long MaxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Text beyond this many characters is dropped, with a warning.</summary>
    public int MaxTextChars { get; init; } = 2_000_000;

    /// <summary>Run OCR on scanned PDF pages and images.</summary>
    public bool OcrEnabled { get; init; } = true;

    /// <summary>Only the first this-many scanned pages of a PDF are OCR'd, with a warning.</summary>
    public int MaxOcrPages { get; init; } = 20;

    /// <summary>Tesseract's <c>-l</c> argument.</summary>
    public string OcrLanguages { get; init; } = "tha+eng";

    /// <summary>Resolution at which pdftoppm renders scanned pages for OCR.</summary>
    public int OcrDpi { get; init; } = 300;

    /// <summary>A PDF page with fewer non-space characters than this in its text layer counts as scanned.</summary>
    public int MinTextCharsPerPage { get; init; } = 16;

    /// <summary>The tesseract executable (a name looked up on PATH, or a full path).</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm executable (poppler-utils).</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Files read at once by <see cref="AttachmentExtractor.ExtractAll"/>.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The settings that change what is extracted; part of the cache key.</summary>
    internal string Fingerprint =>
        $"ocr={OcrEnabled};l={OcrLanguages};pages={MaxOcrPages};dpi={OcrDpi};min={MinTextCharsPerPage};chars={MaxTextChars};zip={MaxUncompressedBytes}";
}
