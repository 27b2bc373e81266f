namespace GeccPortal.Search.Querying;

/// <summary>
/// A Latin word typed glued without a capital at its seam (<c>qrcode</c>, <c>smartvote</c>, <c>callcenter</c>), which no
/// letter writes so: the two words letters write, when each is a word of the index (<see cref="CamelCaseWords"/> reads
/// the seam from a capital; here the index is the only sign of it). Asked only when the query finds nothing as typed.
/// </summary>
public static class LatinSeams
{
    /// <summary>Letters of the shortest half: a single letter (e, i) is a part of too many words to be a sign.</summary>
    public const int MinHalf = 2;

    /// <summary>Letters of the longest glued word looked at.</summary>
    public const int MaxLetters = 24;

    /// <summary>
    /// The text with each Latin word that <paramref name="isWord"/> does not know, but whose two halves it knows, spaced
    /// at that seam (the most frequent halves' seam when there are several); null when no word changes.
    /// </summary>
    /// <param name="frequency">How many letters hold a lowercased Latin word (0: none).</param>
    public static string? Spaced(string text, Func<string, int> frequency)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(frequency);
        System.Text.StringBuilder? spaced = null;
        var copied = 0;
        foreach (var (start, end) in LatinRuns.In(text))
        {
            // A word inside a longer Latin or digit run (e-service, pm2.5) is the index's whole run already.
            var alone = (start == 0 || !IsJoiner(text[start - 1])) && (end == text.Length || !IsJoiner(text[end]) && !char.IsAsciiDigit(text[end]));
            var word = text[start..end].ToLowerInvariant();
            if (alone && word.Length is >= 2 * MinHalf and <= MaxLetters && frequency(word) == 0 && BestSeam(word, frequency) is var seam and > 0)
            {
                spaced ??= new System.Text.StringBuilder(text.Length + 4);
                spaced.Append(text, copied, start + seam - copied).Append(' ');
                copied = start + seam;
            }
        }

        return spaced?.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '/' || char.IsAsciiDigit(c);

    // Where the word splits into two known words, the pair held by the most letters; 0 when nowhere.
    private static int BestSeam(string word, Func<string, int> frequency)
    {
        var (best, bestCount) = (0, 0);
        for (var at = MinHalf; at <= word.Length - MinHalf; at++)
        {
            var count = Math.Min(frequency(word[..at]), frequency(word[at..]));
            if (count > bestCount)
            {
                (best, bestCount) = (at, count);
            }
        }

        return best;
    }
}
