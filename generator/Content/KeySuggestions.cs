namespace GeccPortal.Generator.Content;

/// <summary>"Did you mean" for misspelt keys: the closest known key by edit distance, if close enough.</summary>
public static class KeySuggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(candidate => (candidate, distance: Distance(input.ToLowerInvariant(), candidate)))
            .OrderBy(pair => pair.distance)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= Math.Max(1, Math.Min(2, input.Length / 3))
            ? best.candidate
            : null;
    }

    /// <summary>Edit distance counting a swap of two neighbours as one edit (<c>titel</c> → <c>title</c> is 1).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
