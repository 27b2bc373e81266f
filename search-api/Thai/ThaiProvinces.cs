namespace GeccPortal.Thai;

/// <summary>
/// The names of Thailand's 76 provinces and Bangkok, with the short names officials type for some of them. Circulars
/// are addressed to and written about provinces, so a query often glues one to its topic (<c>ไฟป่าน่าน</c>,
/// <c>น้ำท่วมเลย</c>); a short name such as น่าน or เลย says as much as a long one.
/// </summary>
public static class ThaiProvinces
{
    // The 77 names as letters write them after จังหวัด (ProvinceCodes), and the short names officials type.
    private static readonly HashSet<string> Names = new(ProvinceCodes.Names.Values.Concat(["กรุงเทพ", "กทม", "โคราช", "อยุธยา", "อุดร", "อุบล", "สุราษฎร์", "นครศรี"]), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> (NFC, no spaces) is a province's name.</summary>
    public static bool IsName(string text) => Names.Contains(text);
}
