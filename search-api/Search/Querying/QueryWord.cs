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

    /// <summary>
    /// Other ways of writing the same thing (<c>ครม.</c> for <c>คณะรัฐมนตรี</c>, <c>ค่าจ้าง</c> for <c>ค่าแรง</c>; see
    /// <see cref="WordAlternatives"/>): a letter with any of them has the word, scoring a little below the word as typed.
    /// </summary>
    public IReadOnlyList<QueryWord> Alternatives { get; init; } = [];

    /// <summary>
    /// The ways a word typed without spaces splits in two at a dictionary word (<c>ไฟป่า</c> + <c>เชียงใหม่</c>): found
    /// the other way round a few words apart, or both anywhere in a letter, scoring below the word itself (<see cref="WordSplit"/>).
    /// </summary>
    public IReadOnlyList<WordSplit> Splits { get; init; } = [];

    /// <summary>
    /// A noun made with การ or ความ as its verb or adjective alone (<c>การเผา</c> → <c>เผา</c>, which letters write as
    /// <c>ห้ามเผา</c>): looked for with the splits, scoring as their halves anywhere do (<see cref="NounStem"/>).
    /// </summary>
    public QueryWord? Stem { get; init; }

    /// <summary>
    /// A long name's content words with one left out (<see cref="LongNames"/>), or an instrument's kind and subject
    /// (<see cref="InstrumentNames"/>): found in order a few words apart in the second try, scoring as halves anywhere do.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> AllButOne { get; init; } = [];

    /// <summary>Whether the word is looked for more widely in a second try (<see cref="Splits"/>, <see cref="Stem"/>, <see cref="AllButOne"/>).</summary>
    public bool HasSplits => Splits.Count > 0 || Stem is not null || AllButOne.Count > 0;

    /// <summary>
    /// An abbreviation put in as an alternative (<c>น.ส.</c> for <c>นางสาว</c>): found as a word of its own only, not
    /// inside other words by its bigrams (นส is in ดินสอ).
    /// </summary>
    public bool IsAbbreviation { get; init; }

    /// <summary>
    /// An alternative that is this word glued to the next one as typed (<c>pivottable</c> for <c>pivot</c> <c>table</c>):
    /// the two words standing together, as the whole phrase typed does, rank first.
    /// </summary>
    public bool GluesNextWord { get; init; }

    /// <summary>
    /// For an abbreviation found as a word only (<see cref="IsAbbreviation"/>): the index's words that hold it between dots
    /// (<c>ส.อบต</c> for <c>อบต.</c>), set by the searcher from its generation (<see cref="DottedWords"/>).
    /// </summary>
    public IReadOnlyList<string> DottedWords { get; init; } = [];
}
