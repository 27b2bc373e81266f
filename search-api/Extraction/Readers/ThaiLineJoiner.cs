using System.Text;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Joins the lines of one wrapped paragraph. Thai has no spaces between words, so a layout that wrapped a
/// Thai line wrapped it between two words that are written together: join those without a space. Anything
/// else (Latin, digits, Thai digits too, punctuation at either side) is joined with one space: Thai text sets
/// a number apart from the words around it, and two numbers from neighbouring table cells must not merge.
/// </summary>
internal static class ThaiLineJoiner
{
    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && !(IsThaiLetter(builder[^1]) && IsThaiLetter(line[0])))
            {
                builder.Append(' ');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4F' or '\u0E5A' or '\u0E5B';
}
