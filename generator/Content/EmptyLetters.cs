using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// A circular with no body text and no attached file: its page shows the heading and nothing else, usually because
/// the text was not pasted or the scan not attached. Checked as the file is read, while its body is at hand (a file
/// known from the cache has its body read only when a page needs it); a warning keeps the file out of the cache,
/// so it is reported again on every build until fixed. Drafts are not read by anyone yet, so not checked.
/// </summary>
internal static class EmptyLetters
{
    public const string Message = "the letter has no text and no attached file; readers will see only its title: paste the text below the front matter, or attach the letter's file in 'enclosures'";

    public static void Check(CircularFrontMatter front, string body, string displayPath, DiagnosticBag diagnostics)
    {
        if (front.Draft?.Value == true || !string.IsNullOrWhiteSpace(body)
            || front.Enclosures.Any(enclosure => !string.IsNullOrWhiteSpace(enclosure.File?.Value)))
        {
            return;
        }

        diagnostics.Warning(SourceLocation.StartOf(displayPath), Message);
    }
}
