using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The closing line of an order or an announcement before its date (<c>สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘</c>,
/// <c>ประกาศ ณ วันที่ …</c>), pasted from the printed letter: the site prints it from the form, so no letter's text
/// has it. It names the kind of letter of that date, not words a text must hold.
/// </summary>
public static partial class ClosingFormula
{
    /// <summary>
    /// The text with the closing words before a date blanked out (positions kept), and the type key they name
    /// (<c>order</c>, <c>announcement</c>); the text as it was and null when it has none.
    /// </summary>
    public static (string Text, string? Type) Read(string text, IReadOnlyList<DateMention> dates)
    {
        foreach (Match match in Closing().Matches(text))
        {
            // Only spaces between ณ and the date (in a query read with its dates blanked out, the date's own too).
            var wordsEnd = match.Index + match.Value.TrimEnd().Length;
            if (dates.Any(date => date.Index >= wordsEnd && date.Index <= match.Index + match.Length))
            {
                var rest = string.Concat(text.AsSpan(0, match.Index), new string(' ', match.Length), text.AsSpan(match.Index + match.Length));
                return (rest, match.Groups["kind"].Value == "สั่ง" ? "order" : "announcement");
            }
        }

        return (text, null);
    }

    // Not the end of another word (คำสั่ง ณ … is a phrase of running text, not the closing line).
    [GeneratedRegex(@"(?<![ก-๛])(?<kind>สั่ง|ประกาศ)\s*ณ\s*")]
    private static partial Regex Closing();
}
