using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// The ref a refused one plainly means when only its slash is another mark (site probe 8): a backslash, a full-width
/// or division slash, or a vertical bar typed or pasted for '/' (<c>มท ๐๘๑๖.๓\ว ๑๒๓๘</c>). Only offered, never taken.
/// </summary>
public static class RefSuggestions
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
}
