using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>
/// Offices' names as letters abbreviate them in an order's or announcement's heading (<c>คำสั่ง จ.นครพนม</c>,
/// <c>ประกาศ อบต.นาแก</c>), spelt out, so one body's heading has one key however it is written.
/// </summary>
public static partial class OfficeAbbreviations
{
    private static readonly Dictionary<string, string> Full = new(StringComparer.Ordinal)
    {
        ["จ"] = "จังหวัด",
        ["อ"] = "อำเภอ",
        ["อบจ"] = "องค์การบริหารส่วนจังหวัด",
        ["อบต"] = "องค์การบริหารส่วนตำบล",
        ["ทน"] = "เทศบาลนคร",
        ["ทม"] = "เทศบาลเมือง",
        ["ทต"] = "เทศบาลตำบล",
        ["สพป"] = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
        ["สพม"] = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
    };

    /// <summary>The heading with each abbreviation that starts a name (after คำสั่ง, ประกาศ or a space) spelt out.</summary>
    public static string Expand(string heading) =>
        Abbreviation().Replace(heading, match =>
            Full.TryGetValue(match.Groups["short"].Value.Replace(".", "", StringComparison.Ordinal), out var full) ? full : match.Value);

    // Only where a name starts: inside a word "จ." is no province (and Thai words do not end in a dot).
    [GeneratedRegex(@"(?<=^|\s|คำสั่ง|ประกาศ)(?<short>[ก-ฮ](?:\.?[ก-ฮ]){0,2})\.(?![ก-ฮ]\.)\s*")]
    private static partial Regex Abbreviation();
}
