using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Where a text writes a query word a slip away (<c>วัคซีน</c> for <c>วัคซิน</c>, <c>ใหญ่</c> for <c>ไหญ่</c>): the
/// highlighter's side of <see cref="ApproximateMatch"/>, so an approximate hit marks what it was found for.
/// A stretch of the text's units, one fewer to one more than the word has, within one run, sharing a unit with
/// the word and at most <see cref="MaxEdits"/> characters from it.
/// </summary>
public static class NearSpellings
{
    /// <summary>One edit for a word of up to five characters (a tone mark, ิ for ี), two for a longer one.</summary>
    public static int MaxEdits(int length) => length <= 5 ? 1 : 2;

    /// <summary>Words shorter than this are not looked for: two letters one edit away are almost anything.</summary>
    private const int MinLength = 3;

    /// <summary>Ranges [start, end) of <see cref="NormalizedText.Original"/>.</summary>
    public static List<(int Start, int End)> Find(NormalizedText text, IReadOnlyList<TextUnit> units, QueryWord word)
    {
        var found = new List<(int Start, int End)>();
        var taken = new bool[units.Count];
        // Every stretch near enough, then the nearest first: นเบี้ยยังชีพ is two edits from เบียยังชีพ as
        // เบี้ยยังชีพ is one, and only the nearer is the word.
        foreach (var (_, start, count) in Candidates(text.Text, units, word, firstOnly: false).OrderBy(c => c.Distance).ThenBy(c => c.Start))
        {
            if (!taken.AsSpan(start, count).Contains(true))
            {
                taken.AsSpan(start, count).Fill(true);
                found.Add((text.ToOriginal(units[start].Start), text.ToOriginal(units[start + count - 1].End)));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether <see cref="Find"/> finds anything: the approximate check asks it of every letter it reads, and the
    /// first stretch near enough answers it, where <see cref="Find"/> measures every stretch of a long text.
    /// </summary>
    public static bool Any(NormalizedText text, IReadOnlyList<TextUnit> units, QueryWord word) =>
        Candidates(text.Text, units, word, firstOnly: true).Count > 0;

    /// <summary>The stretches of units near enough to the word, as (distance, first unit, units).</summary>
    private static List<(int Distance, int Start, int Count)> Candidates(string text, IReadOnlyList<TextUnit> units, QueryWord word, bool firstOnly)
    {
        var candidates = new List<(int Distance, int Start, int Count)>();
        var wanted = string.Concat(word.Units);
        if (wanted.Length < MinLength || word.Units.Count == 0)
        {
            return candidates;
        }

        // How many of the word's units the text has up to each unit: a stretch shares one when the count grows
        // across it. Each unit is looked up once, not once for every stretch that holds it.
        var wantedUnits = word.Units.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var wantedBefore = new int[units.Count + 1];
        for (var k = 0; k < units.Count; k++)
        {
            wantedBefore[k + 1] = wantedBefore[k] + (wantedUnits.Contains(text.AsSpan(units[k].Start, units[k].Length)) ? 1 : 0);
        }

        var maxEdits = MaxEdits(wanted.Length);
        for (var i = 0; i < units.Count; i++)
        {
            for (var count = Math.Max(1, word.Units.Count - 1); count <= word.Units.Count + 1 && i + count <= units.Count; count++)
            {
                if (units[i + count - 1].Run != units[i].Run)
                {
                    break;
                }

                if (wantedBefore[i + count] > wantedBefore[i]
                    && Distance(text.AsSpan(units[i].Start, units[i + count - 1].End - units[i].Start), wanted, maxEdits) is var distance
                    && distance <= maxEdits)
                {
                    candidates.Add((distance, i, count));
                    if (firstOnly)
                    {
                        return candidates;
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>Levenshtein distance, or more than <paramref name="limit"/> as soon as it must be.</summary>
    private static int Distance(ReadOnlySpan<char> a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Two rows on the stack: this runs for every stretch of every text the approximate check reads.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
