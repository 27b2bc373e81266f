namespace GeccPortal.Generator.Markdown.ThaiLineBreaks;

/// <summary>
/// Whether a line ending in a hard break is a line's worth of text, as a PDF wraps it (site probe 8, 2026-11-29): a PDF
/// paste leaves two spaces after every line, so its wrap points became line breaks; where ICU's dictionary saw a word
/// boundary (<c>ผู้ประสาน</c> / <c>งาน</c>, a name's <c>ศรีประเสริฐ</c> / <c>สุข</c>) the break was kept and the sentence shown
/// broken. A line of that length ending mid-sentence between Thai letters is no break an author types (their breaks end
/// short lines: an address, a signer's name), so such a break between Thai letters is joined too, with a warning.
/// </summary>
public static class WrappedLines
{
    /// <summary>Letters on a line (marks above and below not counted) from which it reads as a wrapped line; the seed's
    /// printed lines hold 90 to 99, and a PDF of a narrower column still more than this.</summary>
    public const int FullLine = 60;

    /// <summary>The letters of <paramref name="text"/> that take a place on the line: not vowels above or below, nor tone marks.</summary>
    public static int Letters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is not ('\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E')))
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsFull(ReadOnlySpan<char> line) => Letters(line.Trim()) >= FullLine;
}
