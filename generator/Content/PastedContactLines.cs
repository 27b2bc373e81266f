namespace GeccPortal.Generator.Content;

/// <summary>
/// The contact lines a letter prints under its signer (ส่วนราชการเจ้าของเรื่อง, โทร., โทรสาร, e-mail), pasted with the
/// signer block (<see cref="PastedSignerBlock"/>) while <c>contact</c> has them: a line counts when, its label left
/// aside, it is part of one of <c>contact</c>'s values, compared as the signer's lines are (spaces, digits and dashes
/// aside). A line too short to tell by is not counted, so the block is then only warned about.
/// </summary>
public static class PastedContactLines
{
    /// <summary>Fewest letters a line's key needs to count as part of the contact.</summary>
    private const int FewestLetters = 4;

    // Longest first: โทร is the start of โทรศัพท์ and โทรสาร, อีเมล of อีเมล์. Dashes are gone from keys (e-mail reads email).
    private static readonly string[] Labels =
        ["ส่วนราชการเจ้าของเรื่อง", "ไปรษณีย์อิเล็กทรอนิกส์", "โทรศัพท์", "โทรสาร", "โทร", "อีเมล์", "อีเมล", "email", "tel", "fax"];

    /// <summary>The contact's values as one key lines are looked up in; empty without a contact.</summary>
    public static string KeyOf(ContactEntry? contact) => contact is null
        ? ""
        : string.Join('\n', new[] { contact.Unit, contact.Phone, contact.Fax, contact.Email }.Select(value => value is null ? "" : Key(value.Value)));

    /// <summary>Whether <paramref name="line"/> is part of the contact whose key is <paramref name="contactKey"/>.</summary>
    public static bool IsContactLine(string line, string contactKey)
    {
        var key = Key(line);
        // Case aside: an e-mail address is the same whoever capitalised it (Saraban@ for saraban@).
        return key.Length >= FewestLetters && contactKey.Contains(key, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A line's key without the label before it and the dashes in numbers.</summary>
    private static string Key(string text)
    {
        var key = PastedSignerBlock.KeyOf(text).Replace("-", "", StringComparison.Ordinal);
        foreach (var label in Labels)
        {
            if (key.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return key[label.Length..].TrimStart('.', ':');
            }
        }

        return key;
    }
}
