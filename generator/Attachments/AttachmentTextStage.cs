using GeccPortal.Extraction;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Attachments;

/// <summary>
/// The extract stage: reads the text of every attached file once, on all cores, through a cache keyed by
/// the file's bytes, so a rebuild re-reads only changed files. The text feeds both the attachment's HTML
/// text view and the search index. A file that cannot be read is still published; a warning names it.
/// </summary>
public static class AttachmentTextStage
{
    /// <summary>The cache folder beside an output folder: <c>_site</c> → <c>.gecc-cache/extraction</c> next to it.</summary>
    public static string CacheFolderFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputDirectory)) ?? ".", ".gecc-cache", "extraction");

    public static void Run(Site site, string? cacheDirectory, DiagnosticBag diagnostics)
    {
        var attachments = site.Circulars
            .SelectMany(c => c.Enclosures)
            .Select(e => e.File)
            .OfType<Attachment>()
            .ToList();
        if (attachments.Count == 0)
        {
            return;
        }

        var cache = cacheDirectory is null ? null : new ExtractionCache(cacheDirectory);
        var results = AttachmentExtractor.ExtractAll(attachments.Select(a => a.SourcePath), ExtractionOptions.Default, cache);
        for (var i = 0; i < attachments.Count; i++)
        {
            attachments[i].Extracted = results[i];
            foreach (var warning in results[i].Warnings)
            {
                diagnostics.Warning(SourceLocation.StartOf(attachments[i].SourcePath), warning.Reason);
            }
        }
    }
}
