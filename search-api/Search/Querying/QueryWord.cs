namespace GeccPortal.Search.Querying;

/// <summary>
/// One word of a query, which every hit must contain: its normalised text, its dictionary words
/// (<see cref="Words"/>, matched as a phrase in the word fields), its units (<see cref="Units"/>, matched
/// by the highlighter) and its gram-view terms (<see cref="Grams"/>, matched as a phrase in the gram fields: a
/// Thai word's unit bigrams, or a Latin or digit word's one whole-run term).
/// </summary>
public sealed record QueryWord(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Units, IReadOnlyList<string> Grams)
{
    /// <summary>
    /// For a Latin word that ends the query, perhaps still being typed (<c>covi</c>): its whole-run term, which
    /// the whole-run terms of the words it begins also match, scoring lower (results as you type).
    /// </summary>
    public string? WholeRunPrefix { get; init; }
}
