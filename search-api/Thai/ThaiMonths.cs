namespace GeccPortal.Thai;

/// <summary>Thai month names, full and abbreviated (มกราคม / ม.ค.).</summary>
public static class ThaiMonths
{
    public static readonly IReadOnlyList<string> Full =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static readonly IReadOnlyList<string> Abbreviated =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>1–12 for a full or abbreviated name (dots and spaces optional), else 0.</summary>
    public static int Parse(string name)
    {
        var compact = name.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            if (compact == Full[i] || compact == Abbreviated[i].Replace(".", "", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
