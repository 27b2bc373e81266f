using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The issuing agency's name and the date that a sealed letter (หนังสือประทับตรา, its seal line), a statement (แถลงการณ์) and
/// a news release (ข่าว) print after their text in place of a signer, which the page prints itself. Pasted with the text
/// from the paper, they were printed twice, the name at the paragraph indent (site probe 11). A text ending with the
/// issuer's name (its first line; spaces and PDF slips aside), or with that name and then the letter's own date, has them
/// left off, with a warning.
/// </summary>
public static class IssuedByLines
{
    /// <summary>The pasted lines: the name's line number (from 0), where it starts, and whether the date follows it.</summary>
    public readonly record struct Found(int Line, int Start, bool WithDate);

    /// <summary>Whether the form of <paramref name="type"/> (its key or Thai name) prints the agency's name and the date after the text.</summary>
    public static bool Printed(string? type) => LetterForms.EndsWithIssuingBody(LetterForms.Of(CircularTypes.KeyOf(type)));

    public static Found? Find(string body, string? issuer, DateOnly? date)
    {
        if (Squeezed(issuer?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()) is not { Length: > 0 } name)
        {
            return null;
        }

        var last = LastTextLine.Of(body);
        var withDate = date is { } own && ThaiDates.Parse(last.Text).Date == own;
        var line = withDate ? LastTextLine.Of(body[..last.Start]) : last;
        return Squeezed(line.Text) == name ? new Found(line.NumberIn(body), line.Start, withDate) : null;
    }

    /// <summary>The text without the pasted lines (see <see cref="Find"/>), for a letter whose form prints them.</summary>
    public static string Strip(string body, string? type, string? issuer, DateOnly date) =>
        Printed(type) && Find(body, issuer, date) is { } found ? body[..found.Start] : body;

    private static string? Squeezed(string? text) => text is null ? null : ThaiTextRepair.Repair(text).Replace(" ", "", StringComparison.Ordinal);
}
