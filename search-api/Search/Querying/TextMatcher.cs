using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Finds where the words of a query occur in a stored text, as ranges of the original text: the same
/// units and runs the gram fields were indexed with, so what is marked is what was matched. A word not
/// found so is looked for as the word fields find it: its dictionary words in a row, or near each other (<see cref="NearbyWords"/>).
/// The dates the query writes are marked where the text writes them (<see cref="WrittenDates"/>).
/// </summary>
public static class TextMatcher
{
    /// <summary>Matched ranges [start, end) in <paramref name="text"/>, sorted and merged.</summary>
    public static List<(int Start, int End)> Find(string text, QueryPlan plan, bool nearSpellings = false) => Match(text, plan, nearSpellings).Ranges;

    /// <summary>
    /// The matched ranges, sorted and merged, and how many of the query's words and dates the text has: the text
    /// holding more of them is the better snippet (the attachment line <c>๒ - ๘ องศา</c>, not the body's <c>๒ ปี</c>).
    /// </summary>
    /// <param name="nearSpellings">The hit was found approximately: a word not in the text is marked where the text writes it a slip away (<see cref="NearSpellings"/>).</param>
    public static (List<(int Start, int End)> Ranges, int Found) Match(string text, QueryPlan plan, bool nearSpellings = false)
    {
        var found = new List<(int Start, int End)>();
        var wordsFound = 0;
        if (text.Length == 0 || (plan.Words.Count == 0 && !plan.HasDates && plan.FiscalYears.Count == 0))
        {
            return (found, 0);
        }

        var normalized = NormalizedText.Create(text);
        var units = plan.Words.Count == 0 ? [] : UnitSegmenter.Segment(normalized.Text, joinThaiAcrossSpace: true);
        foreach (var word in plan.Words)
        {
            var before = found.Count;
            found.AddRange(FindAnyWay(normalized, units, word));
            if (found.Count == before && nearSpellings)
            {
                found.AddRange(NearSpellings.Find(normalized, units, word));
            }

            wordsFound += found.Count > before ? 1 : 0;
        }

        var dates = WrittenDates.Find(normalized, plan).ToList();
        found.AddRange(dates);
        return (Merge(found), wordsFound + (dates.Count > 0 ? 1 : 0));
    }

    /// <summary>
    /// Whether a text (normalised, in its units) has a query word as the search finds it (as typed, another spelling,
    /// its halves) or written a slip away (<see cref="NearSpellings"/>): what <see cref="ApproximateConfirmation"/> reads.
    /// </summary>
    public static bool Has(NormalizedText normalized, List<TextUnit> units, QueryWord word) =>
        FindAnyWay(normalized, units, word).Count > 0 || NearSpellings.Any(normalized, units, word);

    /// <summary>
    /// Whether units matching a query word there are what the search matched: a Latin or digit word a whole word
    /// (see <see cref="IsWordEdge"/>), or the start of one when it may be half typed; a one-unit Thai word a unit
    /// standing alone; a longer Thai word anywhere.
    /// </summary>
    private static bool IsWordAt(string text, List<TextUnit> units, int at, QueryWord word)
    {
        var wanted = word.Units;
        if (WholeRunTerm.AppliesTo(wanted[0][0]))
        {
            return IsWordEdge(text, units, at - 1, at)
                && (IsWordEdge(text, units, at + wanted.Count - 1, at + wanted.Count) || (word.WholeRunPrefix is not null && StartsRun(units, at)));
        }

        return wanted.Count > 1 || StandsAlone(units, at);
    }

    /// <summary>Whether the unit begins its run: a prefix is matched against a whole run's term, not a hyphenated part.</summary>
    private static bool StartsRun(List<TextUnit> units, int at) => at == 0 || units[at - 1].Run != units[at].Run;

    /// <summary>
    /// Whether a Latin or digit word may end between two units: where a run ends, or at the hyphen or space inside
    /// one where the dictionary view splits it (<c>e-bidding</c>, <c>0 2241 9000</c>); not inside <c>Factor</c>,
    /// <c>2568</c> or <c>1,250</c>, where the search does not find a shorter word.
    /// </summary>
    private static bool IsWordEdge(string text, List<TextUnit> units, int before, int after)
    {
        if (before < 0 || after >= units.Count || units[before].Run != units[after].Run)
        {
            return true;
        }

        var gap = text.AsSpan(units[before].End, units[after].Start - units[before].End);
        return !gap.IsEmpty && gap is not "." and not ",";
    }

    /// <summary>
    /// Where a query word is, looked for as the query finds it, best first (<see cref="LuceneQueryBuilder"/>): as typed,
    /// then as another spelling, then its halves the other way round near each other, then its halves anywhere.
    /// </summary>
    private static List<(int Start, int End)> FindAnyWay(NormalizedText normalized, List<TextUnit> units, QueryWord word)
    {
        var found = Find(normalized, units, word);
        foreach (var alternative in word.Alternatives)
        {
            if (found.Count == 0)
            {
                found = Find(normalized, units, alternative);
            }
        }

        IEnumerable<QueryWord> spellings = [word, .. word.Alternatives];
        foreach (var cut in spellings.SelectMany(GluedAbbreviations.Cuts))
        {
            if (found.Count == 0)
            {
                // อสม glued to the words around it (แกนนำอสมเชี่ยวชาญ): its pieces side by side, as the query finds it.
                found = NearbyWords.FindInRow(normalized, new QueryWord(string.Concat(cut), cut, [], []));
            }
        }
        foreach (var split in spellings.SelectMany(spelling => spelling.Splits))
        {
            if (found.Count == 0)
            {
                var reversed = new QueryWord(split.Second.Text + split.First.Text, [.. split.Second.Words, .. split.First.Words], [], []);
                found = NearbyWords.Find(normalized, reversed);
            }
        }

        if (found.Count == 0)
        {
            // Both halves in this text: one half alone (จังหวัด of ผู้ว่าราชการ + จังหวัด) is not what was looked for.
            foreach (var split in spellings.SelectMany(spelling => spelling.Splits).Where(split => split.Scatters))
            {
                var (first, second) = (FindUnits(normalized, units, split.First), FindUnits(normalized, units, split.Second));
                if (first.Count > 0 && second.Count > 0)
                {
                    found.AddRange(first);
                    found.AddRange(second);
                }
            }
        }

        foreach (var stem in spellings.Select(spelling => spelling.Stem).OfType<QueryWord>())
        {
            if (found.Count == 0)
            {
                found = Find(normalized, units, stem);
            }
        }

        return found;
    }

    /// <summary>A spelling as its run of units, else as its dictionary words a few words apart (<see cref="NearbyWords"/>).</summary>
    private static List<(int Start, int End)> Find(NormalizedText normalized, List<TextUnit> units, QueryWord word)
    {
        var found = FindUnits(normalized, units, word);
        return found.Count > 0 ? found : NearbyWords.AppliesTo(word) ? NearbyWords.Find(normalized, word) : NearbyWords.FindInRow(normalized, word);
    }

    private static List<(int Start, int End)> FindUnits(NormalizedText normalized, List<TextUnit> units, QueryWord word)
    {
        var found = new List<(int Start, int End)>();
        if (word.Units.Count == 0)
        {
            return found; // a phrase of several words (น.ส. พิมพ์ลดา): found by its words
        }

        for (var i = 0; i + word.Units.Count <= units.Count; i++)
        {
            var end = i + word.Units.Count - 1;
            if (MatchesAt(normalized.Text, units, i, word.Units) && IsWordAt(normalized.Text, units, i, word)
                && (!word.IsAbbreviation || (StartsRun(units, i) && EndsRun(units, end))))
            {
                found.Add((normalized.ToOriginal(units[i].Start), normalized.ToOriginal(units[end].End)));
            }
        }

        return found;
    }

    // An abbreviation put in for a full form is a word of its own: น.ส. before a name, not นส inside ดินสอ.
    private static bool EndsRun(List<TextUnit> units, int at) => at == units.Count - 1 || units[at + 1].Run != units[at].Run;

    /// <summary>
    /// Whether a unit has a space, a sign or the text's edge on both sides: a one-letter query word (the ว of
    /// ว 76, ณ) is a word of its own, and the same letter inside สะดวก or หน่วยงาน was not what matched.
    /// </summary>
    private static bool StandsAlone(List<TextUnit> units, int at) =>
        (at == 0 || units[at - 1].End < units[at].Start) && (at == units.Count - 1 || units[at + 1].Start > units[at].End);

    private static bool MatchesAt(string text, List<TextUnit> units, int at, IReadOnlyList<string> wanted)
    {
        for (var k = 0; k < wanted.Count; k++)
        {
            var unit = units[at + k];
            if ((k > 0 && !SameWord(text, units[at + k - 1], unit)) || !text.AsSpan(unit.Start, unit.Length).SequenceEqual(wanted[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether two units in a row belong to one word as the query reads it: one run, or the two sides of a dot
    /// that holds an abbreviation together in the word view though the gram view splits it (ส.อบต.).
    /// </summary>
    private static bool SameWord(string text, TextUnit previous, TextUnit unit) =>
        unit.Run == previous.Run || (unit.Start == previous.End + 1 && AbbreviationDots.HoldsWordTogether(text, previous.End));

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
