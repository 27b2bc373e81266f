using GeccPortal.Extraction;
using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Attachments;

/// <summary>Where an attachment's HTML text view lives, and whether it has one.</summary>
public static class AttachmentText
{
    /// <summary>Site-relative URL of the text view: the file's own path plus <c>.html</c>.</summary>
    public static string Url(Circular circular, Attachment file) => circular.Url + ViewFileName(file);

    /// <summary>The view's path under the circular's folder: the file's own path plus <c>.html</c>.</summary>
    public static string ViewFileName(Attachment file) => file.FileName + ".html";

    public static bool HasView(Attachment file) => file.Extracted is { Blocks.Count: > 0 };

    /// <summary>The build could not read the file at all (damaged, truncated, password-protected): readers are told it may not open.</summary>
    public static bool Unreadable(Attachment file) =>
        file.Extracted?.Warnings.Any(warning => warning.Kind == WarningKind.Unreadable) == true;
}
