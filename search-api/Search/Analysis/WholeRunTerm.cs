namespace GeccPortal.Search.Analysis;

/// <summary>
/// The gram-view term of a whole run of Latin letters or digits (<c>=ebidding</c> for <c>e-bidding</c>,
/// <c>=022419000</c> for <c>0 2241 9000</c>), indexed beside the run's bigrams. A Latin or digit query word
/// is looked for by this term, so it matches a whole run only: bigrams would find <c>id</c> inside
/// <c>e-bidding</c>, <c>act</c> inside <c>Factor</c>, and <c>25</c> or <c>400</c> at the start or end of
/// <c>2568</c> or a phone number. Thai keeps its bigrams: it has no spaces to say where a word ends.
/// </summary>
public static class WholeRunTerm
{
    /// <summary>Starts the term; never a character of a unit, so no bigram is ever taken for one.</summary>
    public const char Marker = '=';

    /// <summary>Longer runs get no term (a query word is cut at this many units; such a run is not a word).</summary>
    public const int MaxUnits = 48;

    /// <summary>Whether a run starting with this character gets a whole-run term: Latin letters and digits.</summary>
    public static bool AppliesTo(char first) => UnitSegmenter.IsLatinOrDigit(first);

    public static bool Is(string term) => term.Length > 1 && term[0] == Marker;

    /// <summary>The term of the units [<paramref name="start"/>, <paramref name="end"/>) of one run: its units' characters, without what stood between them.</summary>
    public static string Of(string text, List<TextUnit> units, int start, int end)
    {
        var term = new System.Text.StringBuilder(1 + units[end - 1].End - units[start].Start);
        term.Append(Marker);
        for (var i = start; i < end; i++)
        {
            term.Append(text, units[i].Start, units[i].Length);
        }

        return term.ToString();
    }
}
