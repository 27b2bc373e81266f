using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// The no-break spaces Word puts in pasted text (U+00A0, and the figure and narrow ones, U+2007 and U+202F), read as
/// plain spaces: HTML shows each as a space of its own, so a paste showed doubled gaps (<c>ว่า  คณะกรรมการ</c>) and a
/// gap inside a word that a line could not break at. At a line's end they are dropped: as spaces there they would make
/// Markdown's hard break. One character for one elsewhere, so a line's columns stay as the file's.
/// </summary>
public static partial class PastedSpaces
{
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny('\u00A0', '\u2007', '\u202F') < 0)
        {
            return text;
        }

        return NoBreakSpaces().Replace(TrailingNoBreakSpaces().Replace(text, ""), " ");
    }

    [GeneratedRegex(@"[\u00A0\u2007\u202F]+(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex TrailingNoBreakSpaces();

    [GeneratedRegex(@"[\u00A0\u2007\u202F]")]
    private static partial Regex NoBreakSpaces();
}
