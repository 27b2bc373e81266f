namespace GeccPortal.Generator.Model;

/// <summary>
/// The labels a letter prints before its fields (เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย) and the brackets it puts
/// round the signer's name. An editor copying a field from the paper copies them too, and the page printed them
/// twice (<c>เรื่อง เรื่อง ขอเชิญประชุม</c>, <c>((นายสมชาย ใจดี))</c>): they are left off, as a contact number's
/// label is (<see cref="ContactNumberLabel"/>), and the check warns at the line.
/// </summary>
public static class PrintedLabel
{
    public const string Subject = "เรื่อง";
    public const string To = "เรียน";

    /// <summary>A sealed letter's addressee line: ถึง, not เรียน.</summary>
    public const string SealedTo = "ถึง";
    public const string Reference = "อ้างถึง";
    public const string Enclosure = "สิ่งที่ส่งมาด้วย";

    /// <summary>The label the form of <paramref name="type"/> (a type's key) prints before the addressee.</summary>
    public static string ToOf(string type) => LetterForms.Of(type) == LetterForm.Sealed ? SealedTo : To;

    private static readonly char[] AfterLabel = [':', ' ', '\t', '\u00A0'];

    /// <summary>
    /// Whether <paramref name="text"/> starts with <paramref name="label"/> as a word of its own: followed by a space or a
    /// colon, and by more text (<c>เรื่องร้องเรียน</c> is a word, not the label; a lone <c>เรื่อง</c> is left as it is).
    /// </summary>
    public static bool Starts(string text, string label)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > label.Length && trimmed.StartsWith(label, StringComparison.Ordinal)
            && Array.IndexOf(AfterLabel, trimmed[label.Length]) >= 0 && trimmed[label.Length..].Trim(AfterLabel).Length > 0;
    }

    /// <summary>The text without a leading <paramref name="label"/> and the colon or spaces after it.</summary>
    public static string Strip(string text, string label) =>
        Starts(text, label) ? text.TrimStart()[label.Length..].TrimStart(AfterLabel) : text;

    /// <summary>Whether a signer's name is wrapped whole in the brackets the page prints round it.</summary>
    public static bool Bracketed(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length > 2 && trimmed[0] == '(' && trimmed[^1] == ')' && trimmed.IndexOf(')', StringComparison.Ordinal) == trimmed.Length - 1;
    }

    /// <summary>The name without the brackets it was typed in.</summary>
    public static string Unbracket(string name) => Bracketed(name) ? name.Trim()[1..^1].Trim() : name;
}
