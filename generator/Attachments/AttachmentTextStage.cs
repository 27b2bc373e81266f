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
                Report(attachments[i], warning, diagnostics);
            }
        }
    }

    /// <summary>
    /// At the enclosure's <c>file:</c> line, which the editor can jump to, naming the file as it stands under
    /// content/ (an absolute path of the build machine tells an editor nothing).
    /// </summary>
    private static void Report(Attachment attachment, ExtractionWarning warning, DiagnosticBag diagnostics)
    {
        if (attachment.Location is not { } location)
        {
            diagnostics.Warning(SourceLocation.StartOf(attachment.SourcePath), warning.Reason);
            return;
        }

        var folder = location.Path[..(location.Path.LastIndexOf('/') + 1)];
        var outcome = warning.Kind is WarningKind.Unreadable or WarningKind.NoText
            ? "; it is still offered for download, but no text of it is shown or searched"
            : "";
        diagnostics.Warning(location, $"attachment {folder}{attachment.FileName}: {warning.Reason}{outcome}");
    }
}
