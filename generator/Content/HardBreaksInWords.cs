using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown.ThaiLineBreaks;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Two spaces left at a line's end by text pasted from a PDF: Markdown reads them as a hard line break, which is kept
/// as the author's choice, so a word the PDF wrapped (<c>สาธารณ</c> / <c>ภัย</c>) shows split on the page. Where such a
/// break falls inside a Thai word (<see cref="ThaiWordSplit"/>), the loader warns at the line with the fix; breaks
/// between words (an address set a line each) are left alone. Code fences are not looked into.
/// </summary>
public static class HardBreaksInWords
{
    /// <summary>Letters looked at on each side of the break: enough for ICU to read the word across it.</summary>
    private const int Reach = 24;

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
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            var text = line.TrimEnd(' ');
            if (inFence || line.Length - text.Length < 2)
            {
                continue;
            }

            var before = LastThaiRun(text);
            var after = FirstThaiRun(lines[i + 1].TrimEnd('\r'));
            if (ThaiWordSplit.WordAcross(before, after) is { } word)
            {
                diagnostics.Warning(new SourceLocation(display, firstLine + i, text.Length + 1),
                    $"the spaces at this line's end make a line break inside the Thai word '{word.Before}{word.After}' ('{word.Before}' / '{word.After}'), as text pasted from a PDF has, "
                    + "so the page shows the word split: delete the spaces at the end of the line (two spaces are a line break in Markdown)");
            }
        }
    }

    private static string LastThaiRun(string text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < Reach && ThaiLetters.IsJoining(text[start - 1]))
        {
            start--;
        }

        return text[start..];
    }

    private static string FirstThaiRun(string text)
    {
        var end = 0;
        while (end < text.Length && end < Reach && ThaiLetters.IsJoining(text[end]))
        {
            end++;
        }

        return text[..end];
    }
}
