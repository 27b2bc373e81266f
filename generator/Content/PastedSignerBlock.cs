using System.Text;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The signer's name and position pasted at the end of a letter's text while the front matter's <c>signer</c> has
/// them too: every form prints the signer below the text, so the page showed them twice (an editors' probe,
/// 2026-11-29). Lines are compared as an editor sees them: brackets round the name, spaces anywhere, Thai or Arabic
/// digits and PDF damage do not count. Only a block that is the signer and nothing else is left off, with the contact
/// lines after it when they are <c>contact</c>'s (<see cref="PastedContactLines"/>); a name followed by other lines (a
/// different position, a unit not in <c>contact</c>) is only warned about, as text is never guessed away.
/// </summary>
public static class PastedSignerBlock
{
    /// <summary>Most non-blank lines looked at from the end: the name, a position and the contact lines.</summary>
    private const int MostLines = 12;

    /// <summary>A pasted name found among the text's last lines.</summary>
    /// <param name="NameLine">Its line, from 0 within the body.</param>
    /// <param name="LastLine">The text's last non-blank line, from 0 within the body.</param>
    /// <param name="Start">Where the name's line starts in the body.</param>
    /// <param name="Whole">Whether the lines from the name on are the signer's name and position and nothing else.</param>
    /// <param name="WithContact">Whether lines of the contact follow the position in a whole block.</param>
    public readonly record struct Found(int NameLine, int LastLine, int Start, bool Whole, bool WithContact = false);

    /// <summary>The signer's name pasted among the last lines of <paramref name="body"/>, or null.</summary>
    /// <param name="contact">The front matter's contact, whose lines may follow the position.</param>
    public static Found? Find(string body, string? name, string? position, ContactEntry? contact = null)
    {
        var nameKey = name is null ? "" : KeyOf(name);
        if (nameKey.Length == 0)
        {
            return null;
        }

        var lines = LastLines(body);
        for (var i = 0; i < lines.Count; i++)
        {
            if (KeyOf(lines[i].Text) != nameKey)
            {
                continue;
            }

            var after = lines.Take(i).Reverse().Select(line => line.Text).ToList();
            // A text that is nothing but the signer keeps it: left off, the letter would have no text at all.
            var positionLines = PositionLines(after, position, contact);
            var whole = positionLines is not null && !body.AsSpan(0, lines[i].Start).IsWhiteSpace();
            return new Found(lines[i].Number, lines[0].Number, lines[i].Start, whole, whole && positionLines < after.Count);
        }

        return null;
    }

    /// <summary>The text without a pasted block that is wholly the signer's (see <see cref="Find"/>).</summary>
    public static string Strip(string body, string? name, string? position, ContactEntry? contact = null) =>
        Find(body, name, position, contact) is { Whole: true } found ? body[..found.Start] : body;

    /// <summary>
    /// How many of the lines after the name are the position (all of it, or none), when the rest are all lines of the
    /// contact; null when they are not.
    /// </summary>
    private static int? PositionLines(List<string> after, string? position, ContactEntry? contact)
    {
        var positionKey = position is null ? "" : KeyOf(position);
        var contactKey = PastedContactLines.KeyOf(contact);
        var typed = "";
        for (var count = 0; count <= after.Count; count++)
        {
            typed += count == 0 ? "" : KeyOf(after[count - 1]);
            if ((count == 0 || typed == positionKey) && after.Skip(count).All(line => PastedContactLines.IsContactLine(line, contactKey)))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>The last non-blank lines, the last first, with their numbers (from 0) and starts.</summary>
    private static List<(string Text, int Number, int Start)> LastLines(string body)
    {
        var lines = new List<(string, int, int)>();
        var end = body.Length;
        var number = body.Count('\n');
        while (end > 0 && lines.Count < MostLines)
        {
            var start = body.LastIndexOf('\n', end - 1) + 1;
            var text = body[start..end];
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add((text, number, start));
            }

            end = start - 1;
            number--;
            if (end < 0)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>A line as compared: repaired, digits Arabic, without spaces, and without brackets round it whole.</summary>
    internal static string KeyOf(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in ThaiDigits.ToArabic(ThaiTextRepair.Repair(text)))
        {
            if (!char.IsWhiteSpace(c) && !ThaiTextRepair.IsZeroWidth(c))
            {
                key.Append(c);
            }
        }

        // The page prints the name in brackets, so the paper has them; a Markdown hard break's backslash is no text.
        var trimmed = key.ToString().TrimEnd('\\');
        return trimmed.Length > 2 && trimmed[0] == '(' && trimmed[^1] == ')' ? trimmed[1..^1] : trimmed;
    }
}
