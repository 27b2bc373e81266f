namespace GeccPortal.Generator.Model;

/// <summary>
/// The label an editor may type before a contact number (<c>โทร. ๐ ๒๒๔๑ ๙๐๐๐</c>). The letter prints โทร. and โทรสาร
/// itself, so a typed label is left off the page rather than printed twice.
/// </summary>
public static class ContactNumberLabel
{
    // Longest first: โทร is the start of the next two, tel of telephone.
    private static readonly string[] Labels = ["โทรศัพท์", "โทรสาร", "โทร", "telephone", "phone", "fax", "tel"];

    /// <summary>The label <paramref name="number"/> starts with, as a word of its own (not the tel of telex), or null.</summary>
    public static string? Of(string number) =>
        Labels.FirstOrDefault(label => number.StartsWith(label, StringComparison.OrdinalIgnoreCase)
            && (number.Length == label.Length || !char.IsLetter(number[label.Length])));

    /// <summary>The number without a leading label and the dot, colon or spaces after it: <c>๐ ๒๒๔๑ ๙๐๐๐</c>.</summary>
    public static string Strip(string number) =>
        Of(number) is { } label ? number[label.Length..].TrimStart('.', ':', ' ', '\u00A0') : number;
}
