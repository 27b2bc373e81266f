using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// The ref a refused one plainly means when only its slash is another mark (site probe 8): a backslash, a full-width
/// or division slash, or a vertical bar typed or pasted for '/' (<c>มท ๐๘๑๖.๓\ว ๑๒๓๘</c>). Only offered, never taken.
/// </summary>
public static partial class RefSuggestions
{
    private static readonly char[] SlashLookalikes = ['\\', '／', '∕', '⁄', '|'];

    /// <summary>The ref written with '/', when that reads as a ref, else null.</summary>
    public static string? For(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.IndexOfAny(SlashLookalikes) < 0)
        {
            return null;
        }

        var mended = string.Concat(trimmed.Select(c => SlashLookalikes.Contains(c) ? '/' : c));
        return CircularRef.TryParse(mended, out _) ? mended : null;
    }

    /// <summary>
    /// A ref copied with the date a citation writes after it (<c>ที่ มท ๐๘๑๐.๓/ว ๘๐ ลงวันที่ ๑๐ มกราคม ๒๕๖๘</c>, site probe 9):
    /// the ref and the date apart, when the part before ลงวันที่ or ลว. reads as a ref, else null.
    /// </summary>
    public static (string Ref, string Date)? Dated(string text)
    {
        var match = DateAfterRef().Match(text.Trim());
        return match.Success && CircularRef.TryParse(match.Groups["ref"].Value, out _)
            ? (match.Groups["ref"].Value.Trim(), match.Groups["date"].Value.Trim())
            : null;
    }

    [GeneratedRegex(@"^(?<ref>.+?)\s*(?:ลงวันที่|ลว\.?)\s*(?<date>\S.*)$")]
    private static partial Regex DateAfterRef();
}
