namespace GeccPortal.Search.Querying;

/// <summary>
/// A Latin word typed glued without a capital at its seams (<c>qrcode</c>, <c>smartvote</c>, <c>etaxinvoice</c>), which no
/// letter writes so: the two or three words letters write, when each is a word of the index (<see cref="CamelCaseWords"/> reads
/// the seam from a capital; here the index is the only sign of it). Asked only when the query finds nothing as typed.
/// </summary>
public static class LatinSeams
{
    /// <summary>Letters of the shortest part: a single letter (e, i) is a part of too many words to be a sign, but for e- (see IsPart).</summary>
    public const int MinHalf = 2;

    /// <summary>Letters of the longest glued word looked at.</summary>
    public const int MaxLetters = 24;

    /// <summary>
    /// The text with each Latin word that <paramref name="frequency"/> does not know, but whose two (or else three) parts it
    /// knows, spaced at those seams (the most frequent parts' when there are several); null when no word changes.
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
            if (alone && word.Length is >= 2 * MinHalf and <= MaxLetters && frequency(word) == 0 && BestSeams(word, frequency) is { Count: > 0 } seams)
            {
                spaced ??= new System.Text.StringBuilder(text.Length + 4);
                foreach (var seam in seams)
                {
                    // e- as letters write it (e-Tax), so the query reads it as theirs does.
                    spaced.Append(text, copied, start + seam - copied).Append(seam == 1 ? '-' : ' ');
                    copied = start + seam;
                }
            }
        }

        return spaced?.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '/' || char.IsAsciiDigit(c);

    // Where the word splits into two known words, the pair held by the most letters; else into three (etaxinvoice: e, tax,
    // invoice), the three held by the most; none when nowhere. Three parts cost a lookup for each of the word's substrings
    // at most (remembered), asked only when the query found nothing.
    private static List<int> BestSeams(string word, Func<string, int> frequency)
    {
        var known = new Dictionary<(int, int), int>();
        int Part(int start, int end)
        {
            if (!IsPart(word, start, end))
            {
                return 0;
            }

            if (!known.TryGetValue((start, end), out var count))
            {
                known[(start, end)] = count = frequency(word[start..end]);
            }

            return count;
        }

        var (best, bestCount) = (0, 0);
        for (var at = 1; at < word.Length; at++)
        {
            var count = Math.Min(Part(0, at), Part(at, word.Length));
            if (count > bestCount)
            {
                (best, bestCount) = (at, count);
            }
        }

        if (best > 0)
        {
            return [best];
        }

        var (first, second) = (0, 0);
        for (var at = 1; at < word.Length; at++)
        {
            if (Part(0, at) is var head and > 0)
            {
                for (var next = at + MinHalf; next <= word.Length - MinHalf; next++)
                {
                    var count = Math.Min(head, Math.Min(Part(at, next), Part(next, word.Length)));
                    if (count > bestCount)
                    {
                        (first, second, bestCount) = (at, next, count);
                    }
                }
            }
        }

        return first > 0 ? [first, second] : [];
    }

    // A part of at least MinHalf letters, or the e of an e-government name (e-Tax, e-Service) at the word's start, which
    // letters write with a hyphen and the index holds as a word of its own.
    private static bool IsPart(string word, int start, int end) =>
        end - start >= MinHalf || (start == 0 && end == 1 && word[0] == 'e');
}
