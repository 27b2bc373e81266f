using GeccPortal.Extraction.Ocr;

using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// PDF through PdfPig: the text layer page by page, honouring /ActualText (LibreOffice and Word put Thai
/// sara am there), and OCR for pages that are images with (almost) no text layer.
/// </summary>
internal static class PdfReader
{
    // PdfPig stops at this nesting depth instead of recursing into a hostile object chain.
    private const int MaxNestingDepth = 256;

    public static void Read(ReadContext context)
    {
        var parsing = new ParsingOptions
        {
            UseActualText = true,
            UseLenientParsing = true,
            SkipMissingFonts = true,
            MaxStackDepth = MaxNestingDepth,
        };

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(context.Path, parsing);
        }
        catch (PdfDocumentEncryptedException)
        {
            context.Warn(WarningKind.Unreadable, "PDF is encrypted with a password; its text cannot be read");
            return;
        }

        using (document)
        {
            context.PageCount = document.NumberOfPages;
            var ocr = new OcrPages(context);
            for (var number = 1; number <= document.NumberOfPages && !context.IsFull; number++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var textChars = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                if (textChars < context.Options.MinTextCharsPerPage && page.GetImages().Any())
                {
                    ocr.Read(number);
                    continue;
                }

                foreach (var block in PdfPageLayout.Blocks(page.Letters))
                {
                    context.Add(block);
                }
            }

            ocr.ReportSkipped();
        }
    }

    /// <summary>OCR of scanned pages, capped at <see cref="ExtractionOptions.MaxOcrPages"/>.</summary>
    private sealed class OcrPages(ReadContext context)
    {
        private readonly OcrEngine engine = new(context.Options);
        private int scanned;
        private int read;
        private bool unavailableReported;

        public void Read(int page)
        {
            scanned++;
            if (!context.Options.OcrEnabled || read >= context.Options.MaxOcrPages)
            {
                return;
            }

            if (engine.PdfOcrProblem is { } problem)
            {
                if (!unavailableReported)
                {
                    context.Warn(WarningKind.OcrUnavailable, $"{problem}; scanned pages were not read");
                    unavailableReported = true;
                }

                return;
            }

            read++;
            context.FromOcr = true;
            foreach (var block in OcrTextBlocks.From(engine.ReadPdfPage(context.Path, page, context.CancellationToken)))
            {
                context.Add(block);
            }
        }

        public void ReportSkipped()
        {
            if (!context.Options.OcrEnabled && scanned > 0)
            {
                context.Warn(WarningKind.NoText, $"{scanned} scanned page(s) not read: OCR is turned off");
            }
            else if (scanned > read && !unavailableReported)
            {
                context.Warn(WarningKind.LimitReached,
                    $"scanned PDF: OCR read the first {read} of {scanned} scanned pages (limit {context.Options.MaxOcrPages})");
            }
        }
    }
}
