using System.Text;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Joins the lines of one wrapped paragraph. Thai has no spaces between words, so a layout that wrapped a
/// Thai line wrapped it between two words that are written together: join those without a space. Anything
/// else (Latin, digits, punctuation at either side) is joined with one space.
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

            if (builder.Length > 0 && !(IsThai(builder[^1]) && IsThai(line[0])))
            {
                builder.Append(' ');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';
}
