using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Warns at an HTML comment opened in a body and never closed (<c>&lt;!--</c> with no <c>--&gt;</c> after it): an editor's
/// note left open, or a comment pasted from a web page cut in half. CommonMark ends such a comment nowhere, so the page
/// went on without a word to the editor (site probe 9). Comments in fenced code are text and not looked at.
/// </summary>
public static class OpenComments
{
    private const string Opener = "<!--";
    private const string Closer = "-->";

    /// <param name="firstLine">The body's first line in its file, for the message.</param>
    public static void Check(string body, int firstLine, string display, DiagnosticBag diagnostics)
    {
        if (!body.Contains(Opener, StringComparison.Ordinal))
        {
            return;
        }

        var lines = body.Split('\n');
        var inFence = false;
        (int Line, int Column)? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (open is null && CodeFences.IsFenceLine(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var at = 0;
            while (at < line.Length)
            {
                if (open is null)
                {
                    var start = line.IndexOf(Opener, at, StringComparison.Ordinal);
                    if (start < 0)
                    {
                        break;
                    }

                    open = (i, start);
                    at = start + Opener.Length;
                }
                else
                {
                    var end = line.IndexOf(Closer, at, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        break;
                    }

                    open = null;
                    at = end + Closer.Length;
                }
            }
        }

        if (open is { } unclosed)
        {
            diagnostics.Warning(new SourceLocation(display, firstLine + unclosed.Line, unclosed.Column + 1),
                "an HTML comment '<!--' opened here is never closed: the text after it does not show as written; close it with '-->' where the note ends, or delete the '<!--'");
        }
    }
}
