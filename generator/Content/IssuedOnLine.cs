using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The date line an order or announcement prints after its text (<c>สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘</c>,
/// <c>ประกาศ ณ วันที่ …</c>) from its <c>date</c>. Pasted with the text, it was printed twice. A last line that is that
/// line for the letter's own date is left off, with a warning; one naming another date is kept (the warning asks which
/// is right), as is any line with more on it than the date.
/// </summary>
public static class IssuedOnLine
{
    /// <summary>The verb of the line the page prints for <paramref name="type"/> (its key or Thai name), or null.</summary>
    public static string? VerbOf(string? type) =>
        CircularTypes.KeyOf(type) switch
        {
            "order" => "สั่ง",
            "announcement" => "ประกาศ",
            _ => null,
        };

    /// <summary>A last non-blank line that is the date line: its number (from 0), where it starts, and the date it gives.</summary>
    public readonly record struct Found(int Line, int Start, DateOnly Date, string Text);

    public static Found? Find(string body, string verb)
    {
        var last = LastTextLine.Of(body);
        var line = last.Text;
        var words = ThaiTextRepair.Repair(line).Replace(" ", "", StringComparison.Ordinal);
        var lead = verb + "ณ";
        if (!words.StartsWith(lead + "วันที่", StringComparison.Ordinal)
            || ThaiDates.Parse(RestAfter(line, lead.Length)).Date is not { } date)
        {
            return null;
        }

        return new Found(last.NumberIn(body), last.Start, date, line);
    }

    /// <summary>The text without a last date line for <paramref name="date"/> (see <see cref="Find"/>).</summary>
    public static string Strip(string body, string? type, DateOnly date) =>
        VerbOf(type) is { } verb && Find(body, verb) is { } found && found.Date == date ? body[..found.Start] : body;

    /// <summary><paramref name="line"/> after its first <paramref name="letters"/> letters other than spaces (the verb and ณ).</summary>
    private static string RestAfter(string line, int letters)
    {
        var repaired = ThaiTextRepair.Repair(line);
        var i = 0;
        for (var seen = 0; i < repaired.Length && seen < letters; i++)
        {
            if (repaired[i] != ' ')
            {
                seen++;
            }
        }

        return repaired[i..];
    }
}
