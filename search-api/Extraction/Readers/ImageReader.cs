using GeccPortal.Extraction.Ocr;

namespace GeccPortal.Extraction.Readers;

/// <summary>PNG and JPEG: all their text comes from OCR.</summary>
internal static class ImageReader
{
    public static void Read(ReadContext context)
    {
        if (!context.Options.OcrEnabled)
        {
            context.Warn(WarningKind.NoText, "image not read: OCR is turned off");
            return;
        }

        var engine = new OcrEngine(context.Options);
        if (engine.ImageOcrProblem is { } problem)
        {
            context.Warn(WarningKind.OcrUnavailable, problem);
            return;
        }

        context.FromOcr = true;
        foreach (var block in OcrTextBlocks.From(engine.ReadImage(context.Path, context.CancellationToken)))
        {
            context.Add(block);
        }
    }
}
