using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The name of a form of letter typed as a query word (<c>บันทึกข้อความ</c>, <c>หนังสือภายใน</c>): it says which kind
/// of letter is meant, not a word its text must hold, as letters seldom write their own form in their text (a memo's
/// heading is its layout). The letters of that kind rank first among what the other words find. คำสั่ง and ประกาศ are
/// not such names here: see <see cref="OrdinaryWordTypes"/>.
/// </summary>
public static class LetterForms
{
    /// <summary>
    /// The types whose names (คำสั่ง, ประกาศ) are everyday words of letters' text (ตามคำสั่งจังหวัด, ประกาศผลการสอบ):
    /// typed, they are words every hit must have, as any other. Taken for the type instead, they ranked an
    /// announcement lacking the other words (ผลการสอบถาม for ผลการสอบ) above a letter titled ประกาศผลการสอบ…; the
    /// type's name is indexed among the heading's words, so a letter of that type has the word anyway.
    /// </summary>
    private static readonly HashSet<string> OrdinaryWordTypes = new(["order", "announcement"], StringComparer.Ordinal);

    /// <summary>
    /// The type key each form's name stands for: the other types' Thai names (หนังสือภายนอก, หนังสือภายใน,
    /// หนังสือสั่งการ), and บันทึกข้อความ, the heading of an internal letter (the memo).
    /// </summary>
    private static readonly Dictionary<string, string> TypeByName = new(CircularTypes.Labels
        .Where(label => !OrdinaryWordTypes.Contains(label.Key))
        .Select(label => KeyValuePair.Create(label.Value, label.Key))
        .Append(KeyValuePair.Create("บันทึกข้อความ", "internal")), StringComparer.Ordinal);

    private static readonly WordAnalyzer Analyzer = new();

    // The names of more than one dictionary word (บันทึก ข้อความ), as the word view reads them: typed glued to a topic,
    // they are still the name. (คำสั่ง and ประกาศ, not among them, begin phrases of their own: ประกาศห้ามเผา.)
    private static readonly List<List<string>> GluedNames = [.. TypeByName.Keys
        .Select(name => AnalyzedTerms.Of(Analyzer, name))
        .Where(words => words.Count > 1)];

    /// <summary>The type key a query word names (<c>internal</c> for <c>บันทึกข้อความ</c>), or null.</summary>
    public static string? TypeOf(QueryWord word) => TypeByName.GetValueOrDefault(string.Concat(word.Words));

    /// <summary>
    /// How many of the word's dictionary words are a form's name it begins with, glued to its topic
    /// (<c>บันทึกข้อความไข้เลือดออก</c>: 2); 0 when it begins with none, or is only the name.
    /// </summary>
    public static int GluedNameLength(QueryWord word) =>
        GluedNames.FirstOrDefault(name => word.Words.Count > name.Count && word.Words.Take(name.Count).SequenceEqual(name))?.Count ?? 0;
}

/// <summary>A query word naming a form of letter, and the type key it names.</summary>
public sealed record LetterForm(QueryWord Word, string Type);
