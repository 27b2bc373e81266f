using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The name of a form of letter typed as a query word (<c>บันทึกข้อความ</c>, <c>หนังสือภายใน</c>, <c>คำสั่ง</c>): it says
/// which kind of letter is meant, not a word its text must hold, as letters seldom write their own form in their
/// text (a memo's heading is its layout). The letters of that kind rank first among what the other words find.
/// </summary>
public static class LetterForms
{
    /// <summary>
    /// The type key each form's name stands for: the types' Thai names, and บันทึกข้อความ, the heading of an
    /// internal letter (the memo).
    /// </summary>
    private static readonly Dictionary<string, string> TypeByName = new(CircularTypes.Labels
        .Select(label => KeyValuePair.Create(label.Value, label.Key))
        .Append(KeyValuePair.Create("บันทึกข้อความ", "internal")), StringComparer.Ordinal);

    /// <summary>The type key a query word names (<c>internal</c> for <c>บันทึกข้อความ</c>), or null.</summary>
    public static string? TypeOf(QueryWord word) => TypeByName.GetValueOrDefault(string.Concat(word.Words));
}

/// <summary>A query word naming a form of letter, and the type key it names.</summary>
public sealed record LetterForm(QueryWord Word, string Type);
