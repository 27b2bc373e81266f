using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Finds where the words of a query occur in a stored text, as ranges of the original text: the same
/// units and runs the gram fields were indexed with, so what is marked is what was matched. A word not
/// found so is looked for as the query looks for it next: its dictionary words near each other (<see cref="NearbyWords"/>).
/// The dates the query writes are marked where the text writes them (<see cref="WrittenDates"/>).
/// </summary>
public static class TextMatcher
{
    /// <summary>Matched ranges [start, end) in <paramref name="text"/>, sorted and merged.</summary>
    /// <param name="nearSpellings">The hit was found approximately: a word not in the text is marked where the text writes it a slip away (<see cref="NearSpellings"/>).</param>
    public static List<(int Start, int End)> Find(string text, QueryPlan plan, bool nearSpellings = false)
    {
        var found = new List<(int Start, int End)>();
        if (text.Length == 0 || (plan.Words.Count == 0 && plan.Dates.Count == 0))
        {
            return found;
        }

        var normalized = NormalizedText.Create(text);
        var units = plan.Words.Count == 0 ? [] : UnitSegmenter.Segment(normalized.Text, joinThaiAcrossSpace: true);
        foreach (var word in plan.Words)
        {
            var before = found.Count;
            for (var i = 0; i + word.Units.Count <= units.Count; i++)
            {
                if (MatchesAt(normalized.Text, units, i, word.Units) && (word.Units.Count > 1 || StandsAlone(units, i)))
                {
                    var last = units[i + word.Units.Count - 1];
                    found.Add((normalized.ToOriginal(units[i].Start), normalized.ToOriginal(last.End)));
                }
            }

            if (found.Count == before)
            {
                found.AddRange(NearbyWords.Find(normalized, word));
            }

            if (found.Count == before && nearSpellings)
            {
                found.AddRange(NearSpellings.Find(normalized, units, word));
            }
        }

        found.AddRange(WrittenDates.Find(normalized, plan.Dates));
        return Merge(found);
    }

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
