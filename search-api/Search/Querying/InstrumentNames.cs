namespace GeccPortal.Search.Querying;

/// <summary>
/// A law or a regulation recalled by its kind and its subject alone (<c>ระเบียบการลา</c>, <c>ระเบียบลา</c> for ระเบียบสำนักนายกรัฐมนตรี
/// ว่าด้วยการลาของข้าราชการ): the name puts its issuer and ว่าด้วย between them, more words than a word typed glued may have
/// (<see cref="NearbyWords.Slop"/>). Looked for as its content words in order, up to <see cref="LongNames.Slop"/> words
/// apart, with the long names' readings (<see cref="QueryWord.AllButOne"/>), scoring as they do.
/// </summary>
public static class InstrumentNames
{
    // Subjects longer than this are long names already (LongNames), or text pasted from a letter.
    private const int MaxSubjectWords = 3;

    // The kinds of instrument whose names run ประเภท + issuer + ว่าด้วย + subject.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "ระเบียบ", "ข้อบังคับ", "กฎกระทรวง", "พระราชบัญญัติ", "พระราชกำหนด", "พระราชกฤษฎีกา",
    };

    /// <summary>The word's content words as one reading when it is a kind of instrument and a short subject; none otherwise.</summary>
    public static List<IReadOnlyList<string>> Readings(QueryWord word)
    {
        var content = word.Words.Where(term => !NearbyWords.IsGrammatical(term)).ToList();
        return content.Count >= 2 && content.Count <= 1 + MaxSubjectWords && Kinds.Contains(content[0]) ? [content] : [];
    }
}
