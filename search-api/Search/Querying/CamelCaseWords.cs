namespace GeccPortal.Search.Querying;

/// <summary>
/// Latin words typed glued where letters write them apart: <c>QRCode</c> for <c>QR Code</c>, <c>eService</c> for
/// <c>e-Service</c>, <c>GovChannel</c> for <c>Gov Channel</c>. The case is the only sign of the seam, and the
/// analysis lowercases, so the seams are read from the query as typed.
/// </summary>
public static class CamelCaseWords
{
    /// <summary>
    /// Each glued Latin word of <paramref name="text"/>, lowercased as the query's words are, with its parts spaced
    /// (<c>qrcode</c> → <c>QR Code</c>). A seam is before a capital that follows a small letter (e|Service), or before
    /// the last of several capitals when a small letter follows it (QR|Code).
    /// </summary>
    public static Dictionary<string, string> In(string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, end) in LatinRuns.In(text))
        {
            if (Spaced(text.AsSpan(start, end - start)) is { } spaced)
            {
                found.TryAdd(text[start..end].ToLowerInvariant(), spaced);
            }
        }

        return found;
    }

    private static string? Spaced(ReadOnlySpan<char> word)
    {
        var spaced = new System.Text.StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 0 && char.IsAsciiLetterUpper(word[i])
                && (char.IsAsciiLetterLower(word[i - 1]) || (i + 1 < word.Length && char.IsAsciiLetterLower(word[i + 1]))))
            {
                spaced.Append(' ');
            }

            spaced.Append(word[i]);
        }

        return spaced.Length == word.Length ? null : spaced.ToString();
    }
}
