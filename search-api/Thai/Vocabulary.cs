namespace GeccPortal.Thai;

/// <summary>The kinds of letter (Regulation on Correspondence B.E. 2526) the <c>type</c> key names, with their Thai labels.</summary>
public static class CircularTypes
{
    public const string Default = "external";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["external"] = "หนังสือภายนอก",
        ["internal"] = "หนังสือภายใน",
        ["order"] = "คำสั่ง",
        ["announcement"] = "ประกาศ",
        ["directive"] = "หนังสือสั่งการ",
        ["sealed"] = "หนังสือประทับตรา",
        ["statement"] = "แถลงการณ์",
        ["news"] = "ข่าว",
    };

    /// <summary>
    /// Other Thai names editors and officials give a type: บันทึกข้อความ is the memo's form, and ประทับตรา the sealed
    /// letter named short.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> OtherNames = new Dictionary<string, string>
    {
        ["บันทึกข้อความ"] = "internal",
        ["ประทับตรา"] = "sealed",
    };

    /// <summary>
    /// The key of a <c>type</c> as an editor wrote it (a key in any case, a Thai label or another Thai name); "" for none,
    /// and an unknown value lower-cased.
    /// </summary>
    public static string KeyOf(string? written)
    {
        var trimmed = written?.Trim() ?? "";
        return Labels.FirstOrDefault(label => label.Value == trimmed).Key
            ?? OtherNames.GetValueOrDefault(trimmed)
            ?? trimmed.ToLowerInvariant();
    }
}

/// <summary>ชั้นความเร็ว, most urgent first.</summary>
public static class Urgencies
{
    public static readonly IReadOnlyList<string> All = ["ด่วนที่สุด", "ด่วนมาก", "ด่วน"];

    /// <summary>3 for ด่วนที่สุด down to 1 for ด่วน; 0 when not urgent.</summary>
    public static int Rank(string? urgency) => urgency is null ? 0 : All.Count - IndexOf(urgency);

    private static int IndexOf(string urgency)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == urgency)
            {
                return i;
            }
        }

        return All.Count;
    }
}

/// <summary>ชั้นความลับ: a circular carrying any of these is never published.</summary>
public static class Classifications
{
    public static readonly IReadOnlyList<string> All = ["ลับที่สุด", "ลับมาก", "ลับ"];
}
