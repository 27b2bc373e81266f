namespace GeccPortal.Search.Querying;

/// <summary>
/// One word of a query, which every hit must contain: its normalised text, its dictionary words
/// (<see cref="Words"/>, matched as a phrase in the word fields) and its units (<see cref="Units"/>, matched
/// as the phrase of their bigrams in the gram fields, and by the highlighter).
/// </summary>
public sealed record QueryWord(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Units, IReadOnlyList<string> Grams);
