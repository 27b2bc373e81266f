using System.Collections.Concurrent;

namespace GeccPortal.Extraction.Ocr;

/// <summary>
/// Tesseract OCR (with pdftoppm to render PDF pages), run as processes. Whether the tools and language models
/// are installed is checked once per tool path and remembered.
/// </summary>
internal sealed class OcrEngine
{
    private static readonly ConcurrentDictionary<string, string?> ProblemsByTools = new();

    private readonly ExtractionOptions options;

    public OcrEngine(ExtractionOptions options)
    {
        this.options = options;
    }

    /// <summary>Why OCR of images cannot run here, or null when it can.</summary>
    public string? ImageOcrProblem => ProblemsByTools.GetOrAdd($"{options.TesseractPath}|{options.OcrLanguages}", _ => CheckTesseract());

    /// <summary>Why OCR of PDF pages cannot run here, or null when it can.</summary>
    public string? PdfOcrProblem => ImageOcrProblem ?? ProblemsByTools.GetOrAdd($"pdftoppm|{options.PdftoppmPath}", _ => CheckPdftoppm());

    /// <summary>Recognises the text of one image file.</summary>
    public string ReadImage(string imagePath, CancellationToken cancellationToken)
    {
        var outcome = ProcessRunner.Run(options.TesseractPath, [imagePath, "stdout", "-l", options.OcrLanguages], cancellationToken)
            ?? throw new OcrException("tesseract could not be started");
        if (outcome.ExitCode != 0)
        {
            throw new OcrException($"tesseract failed: {FirstLine(outcome.Error)}");
        }

        return outcome.Output;
    }

    /// <summary>Renders one page of a PDF (1-based) and recognises its text.</summary>
    public string ReadPdfPage(string pdfPath, int page, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("gecc-ocr-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "page");
            var pageText = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var outcome = ProcessRunner.Run(options.PdftoppmPath,
                ["-f", pageText, "-l", pageText, "-r", options.OcrDpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "-gray", "-png", "-singlefile", pdfPath, prefix], cancellationToken)
                ?? throw new OcrException("pdftoppm could not be started");
            if (outcome.ExitCode != 0 || !File.Exists(prefix + ".png"))
            {
                throw new OcrException($"pdftoppm could not render page {page}: {FirstLine(outcome.Error)}");
            }

            return ReadImage(prefix + ".png", cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string? CheckTesseract()
    {
        var outcome = ProcessRunner.Run(options.TesseractPath, ["--list-langs"], CancellationToken.None);
        if (outcome is null)
        {
            return "OCR is unavailable: tesseract is not installed (Debian: tesseract-ocr)";
        }

        var installed = outcome.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var missing = options.OcrLanguages.Split('+').Where(l => !installed.Contains(l)).ToList();
        return missing.Count == 0
            ? null
            : $"OCR is unavailable: tesseract has no model for {string.Join(", ", missing)} (Debian: tesseract-ocr-{missing[0]})";
    }

    private string? CheckPdftoppm() =>
        ProcessRunner.Run(options.PdftoppmPath, ["-v"], CancellationToken.None) is null
            ? "OCR is unavailable: pdftoppm is not installed (Debian: poppler-utils)"
            : null;

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
}

/// <summary>An OCR tool ran but failed on this file.</summary>
internal sealed class OcrException(string message) : Exception(message);
