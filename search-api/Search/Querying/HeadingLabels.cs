using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The labels a letter's form prints before its parts (เรื่อง, อ้างถึง, สิ่งที่ส่งมาด้วย; เลขที่ as ที่ is typed), typed or pasted before
/// what follows them on the page (<c>เรื่อง การตรวจสอบอาคาร</c>, <c>สิ่งที่ส่งมาด้วย แบบรายงาน</c>): they say where
/// the words stand on the letter, not words its text must hold. The site prints them from the form, so no letter's
/// indexed text has เรื่อง or สิ่งที่ส่งมาด้วย before its subject or enclosures; required, they made such a query find
/// nothing (or only approximate hits). Not เรียน, which is also the verb "study" (เรียน ออนไลน์), nor ที่, which the
/// ref parsers read.
/// </summary>
public static class HeadingLabels
{
    private static readonly WordAnalyzer Analyzer = new();

    // Labels glued to what follows them are still labels (สิ่งที่ส่งมาด้วยแบบรายงาน); เรื่อง and เลขที่ are not, as
    // they begin words of their own (เรื่องร้องเรียน, เลขที่บัญชี).
    private static readonly List<List<string>> GluedLabels = [.. new[] { "อ้างถึง", "สิ่งที่ส่งมาด้วย", "สิ่งที่แนบมาด้วย" }
        .Select(label => AnalyzedTerms.Of(Analyzer, label))];

    private static readonly List<List<string>> Labels = [.. new[] { "เรื่อง", "เลขที่" }
        .Select(label => AnalyzedTerms.Of(Analyzer, label)).Concat(GluedLabels)];

    /// <summary>Whether the query word is only a label.</summary>
    public static bool IsLabel(QueryWord word) => Labels.Exists(label => word.Words.SequenceEqual(label));

    /// <summary>How many of the word's dictionary words are a label it begins with, glued to more; 0 when none.</summary>
    public static int GluedLabelLength(QueryWord word) =>
        GluedLabels.Find(label => label.Count > 1 && word.Words.Count > label.Count && word.Words.Take(label.Count).SequenceEqual(label))?.Count ?? 0;
}
