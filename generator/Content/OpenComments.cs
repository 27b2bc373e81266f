using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Warns at an HTML comment opened in a body and never closed (<c>&lt;!--</c> with no <c>--&gt;</c> after it): an editor's
/// note left open, or a comment pasted from a web page cut in half. CommonMark ends such a comment nowhere, so the page
/// went on without a word to the editor (site probe 9). Comments in fenced code are text and not looked at.
/// <para>
/// Warns too at a closed comment that holds a blank line: whole paragraphs the page does not show (site probe 10: a
/// paragraph held back for review with <c>&lt;!--</c> above it and <c>--&gt;</c> below was left out of the published
/// letter without a word). A note to oneself is a line or a few, with no blank line in it, and is not warned at; nor is
/// Word's conditional comment (<c>&lt;!--[if gte mso 9]&gt;</c>), pasted with its HTML.
/// </para>
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
        var blankInside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (open is not null && string.IsNullOrWhiteSpace(line))
            {
                blankInside = true;
            }

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
                    blankInside = false;
                    at = start + Opener.Length;
                }
                else
                {
                    var end = line.IndexOf(Closer, at, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        break;
                    }

                    if (blankInside && open is { } opened && !lines[opened.Line].AsSpan(opened.Column + Opener.Length).StartsWith("[if", StringComparison.Ordinal))
                    {
                        diagnostics.Warning(new SourceLocation(display, firstLine + opened.Line, opened.Column + 1),
                            $"the HTML comment from here to line {firstLine + i} holds whole paragraphs, which the page does not show: "
                            + "if they are the letter's text, delete the '<!--' and the '-->'");
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
