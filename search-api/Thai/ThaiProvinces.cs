namespace GeccPortal.Thai;

/// <summary>
/// The names of Thailand's 76 provinces and Bangkok, with the short names officials type for some of them. Circulars
/// are addressed to and written about provinces, so a query often glues one to its topic (<c>ไฟป่าน่าน</c>,
/// <c>น้ำท่วมเลย</c>); a short name such as น่าน or เลย says as much as a long one.
/// </summary>
public static class ThaiProvinces
{
    /// <summary>
    /// The everyday names of some provinces, each with the name letters write after จังหวัด. Search reads each as a
    /// colloquial spelling of the written name (<c>WordAlternatives</c>), so this is the one list of them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ShortNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["โคราช"] = "นครราชสีมา",
        ["อยุธยา"] = "พระนครศรีอยุธยา",
        ["อุดร"] = "อุดรธานี",
        ["อุบล"] = "อุบลราชธานี",
        ["สุราษฎร์"] = "สุราษฎร์ธานี",
        ["นครศรี"] = "นครศรีธรรมราช",
        ["ประจวบ"] = "ประจวบคีรีขันธ์",
        ["แปดริ้ว"] = "ฉะเชิงเทรา",
    };

    // The 77 names as letters write them after จังหวัด (ProvinceCodes), the short names, and Bangkok's two short
    // spellings (search reads กทม. as an abbreviation, and กรุงเทพ is the start of the written name).
    private static readonly HashSet<string> Names = new(
        ProvinceCodes.Names.Values.Concat(ShortNames.Keys).Concat(["กรุงเทพ", "กทม"]), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> (NFC, no spaces) is a province's name.</summary>
    public static bool IsName(string text) => Names.Contains(text);
}
