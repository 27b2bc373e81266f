using System.Text.RegularExpressions;

using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// A link in a letter's text to a file beside it (<c>[แบบตอบรับ](reply-form.pdf)</c>) that <c>enclosures</c> does not name:
/// only the files named there are published, so the link led nowhere, without a word to the editor (site probe 10: a
/// reply form linked from the text and never listed). A warning at the link, offering an enclosure's file whose name
/// differs only in capitals. Links with an address (<c>https:</c>, <c>mailto:</c>), from the site's root (<c>/…</c>), to a
/// place in the page (<c>#…</c>) or to a folder (<c>…/</c>), and links in code, are not looked at.
/// </summary>
public static partial class BodyFileLinks
{
    /// <param name="links">The text's links (<see cref="BodyLinks.Of"/>).</param>
    /// <param name="firstLine">The body's first line in its file, for the message.</param>
    internal static void Check(CircularFrontMatter front, IReadOnlyList<BodyLinks.Link> links, string display, int firstLine, DiagnosticBag diagnostics)
    {
        var files = front.Enclosures.Select(e => e.File?.Value).OfType<string>().Select(Normal).ToList();
        foreach (var (line, column, target) in links)
        {
            if (HostWithoutScheme().IsMatch(target))
            {
                // www.dga.or.th: a web address typed without https://, which a browser reads as a file beside the page.
                diagnostics.Warning(new SourceLocation(display, firstLine + line, column),
                    $"link '{target}' is a web address without https://, so it leads to a file of that name beside the page; write https://{target}");
                continue;
            }

            if (!IsFileBeside(target) || files.Contains(Normal(target), StringComparer.Ordinal))
            {
                continue;
            }

            var other = files.FirstOrDefault(file => string.Equals(file, Normal(target), StringComparison.OrdinalIgnoreCase));
            diagnostics.Warning(new SourceLocation(display, firstLine + line, column),
                $"link '{target}' names a file that 'enclosures' does not: only the files named there are published, so the link leads nowhere; "
                + (other is null
                    ? $"add it to enclosures (- title: …, file: {Normal(target)}), or correct the link"
                    : $"write the name as enclosures has it ({other}): capitals count on the site"));
        }
    }

    /// <summary>A relative address whose last part names a file (it has an extension): not a page, a folder or an anchor.</summary>
    private static bool IsFileBeside(string target) =>
        target.Length > 0 && target[0] is not ('/' or '#') && !Scheme().IsMatch(target) && !target.EndsWith('/')
        && FileName().IsMatch(target.Split('#', '?')[0]);

    /// <summary>The path as enclosures write it: without <c>./</c>, its escapes read, backslashes as slashes.</summary>
    private static string Normal(string path)
    {
        var text = Uri.UnescapeDataString(path.Split('#', '?')[0]).Replace('\\', '/');
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    // A host name first (www.…, or names ending in a common top-level domain: dga.or.th, example.com), not a file's name.
    [GeneratedRegex(@"^(?:www\.[^/?#]+|(?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|gov|th))(?:[/?#:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HostWithoutScheme();

    [GeneratedRegex(@"[^/\\]\.[A-Za-z0-9]{1,5}$")]
    private static partial Regex FileName();
}
