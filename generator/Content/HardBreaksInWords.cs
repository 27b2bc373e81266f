using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown.ThaiLineBreaks;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Two spaces left at a line's end by text pasted from a PDF: Markdown reads them as a hard line break, which is kept
/// as the author's choice, so a word the PDF wrapped (<c>สาธารณ</c> / <c>ภัย</c>) showed split on the page. Where such a
/// break falls inside a Thai word (<see cref="ThaiWordSplit"/>) the page joins the word (<c>ThaiLineBreakExtension</c>)
/// and the loader warns at the line with the fix, so the file is mended too; breaks between words (an address set a
/// line each) are left alone. Code fences are not looked into.
/// </summary>
public static class HardBreaksInWords
{
    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        if (!body.Contains("  \n", StringComparison.Ordinal) && !body.Contains("  \r\n", StringComparison.Ordinal))
        {
            return;
        }

        var lines = body.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (CodeFences.IsFenceLine(line))
            {
                inFence = !inFence;
            }

            var text = line.TrimEnd(' ');
            if (inFence || line.Length - text.Length < 2)
            {
                continue;
            }

            var before = ThaiWordSplit.LastRun(text);
            // A continuation line's leading spaces are not shown (Markdown drops them), so the word is split all the same.
            var after = ThaiWordSplit.FirstRun(lines[i + 1].TrimEnd('\r').TrimStart(' ', '\t'));
            if (ThaiWordSplit.WordAcross(before, after) is { } word)
            {
                diagnostics.Warning(new SourceLocation(display, firstLine + i, text.Length + 1),
                    $"the spaces at this line's end make a line break inside the Thai word '{word.Before}{word.After}' ('{word.Before}' / '{word.After}'), as text pasted from a PDF has, "
                    + "which would show the word split: the page joins it; delete the spaces at the end of the line (two spaces are a line break in Markdown)");
            }
            else if (before.Length > 0 && after.Length > 0 && WrappedLines.IsFull(text))
            {
                var (last, first) = ThaiWordSplit.WordsAround(before, after);
                diagnostics.Warning(new SourceLocation(display, firstLine + i, text.Length + 1),
                    $"the spaces at this line's end make a line break between '{last}' and '{first}' after a full line of text, as text pasted from a PDF has, "
                    + "which would show the sentence broken there: the page joins the lines; delete the spaces at the end of the line (two spaces are a line break in Markdown)");
            }
        }
    }
}
