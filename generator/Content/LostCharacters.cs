using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Warns at the replacement character (U+FFFD, shown as �) in a file: it stands where a converter lost a character (text
/// saved in one encoding and read as another, a PDF's glyph with no character), so the letter printed <c>การจัดท��แผน</c>
/// for การจัดทำแผน and no one was told. Which character was meant only the editor knows, so the page keeps the mark.
/// </summary>
public static class LostCharacters
{
    public const char Replacement = '\uFFFD';

    // Enough to find them; a file converted wrongly throughout has one on nearly every line.
    private const int MostLines = 5;

    // How far the word shown may reach either side of the mark: Thai runs words together up to the next space.
    private const int Around = 20;

    public static void Check(string text, string display, DiagnosticBag diagnostics)
    {
        if (!text.Contains(Replacement, StringComparison.Ordinal))
        {
            return;
        }

        var lines = text.Split('\n');
        var warned = 0;
        for (var i = 0; i < lines.Length && warned < MostLines; i++)
        {
            var at = lines[i].IndexOf(Replacement, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            warned++;
            var shown = WordAround(lines[i].TrimEnd('\r'), at);
            diagnostics.Warning(new SourceLocation(display, i + 1, at + 1),
                $"'{shown}' holds '{Replacement}' (U+FFFD), the mark a converter leaves where it lost a character (text saved in another encoding, "
                + "or pasted from a PDF): the page shows the mark; type the character meant");
        }
    }

    /// <summary>The words round the mark, up to a space on either side (at most <see cref="Around"/> characters away), for finding it.</summary>
    private static string WordAround(string line, int at)
    {
        var space = at == 0 ? -1 : line.LastIndexOfAny([' ', '\t'], at - 1);
        var start = Math.Max(space + 1, at - Around);
        var next = line.IndexOfAny([' ', '\t'], at);
        var end = Math.Min(next < 0 ? line.Length : next, at + Around);
        return line[start..end];
    }
}
