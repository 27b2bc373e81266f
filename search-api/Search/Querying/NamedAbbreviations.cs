using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A one-letter abbreviation before a Thai name (<c>ม.ขอนแก่น</c>, <c>ต.ศิลา</c>, <c>อ.เมืองขอนแก่น</c>), which letters write out:
/// มหาวิทยาลัยขอนแก่น, ตำบลศิลา, อำเภอเมืองขอนแก่น. Alone the letter is too many words to name one (ม. is also หมู่ and
/// มาตรา, read before a number by <see cref="NumberedAbbreviations"/>); before a name it is read as each of its words
/// with the name, the pair as typed kept too.
/// </summary>
public static class NamedAbbreviations
{
    private static readonly Dictionary<string, string[]> Written = new(StringComparer.Ordinal)
    {
        ["ม."] = ["มหาวิทยาลัย"],
        ["จ."] = ["จังหวัด"],
        ["อ."] = ["อำเภอ", "อาจารย์"],
        ["ต."] = ["ตำบล"],
        ["ถ."] = ["ถนน"],
    };

    // ม.ต้น and ม.ปลาย are school years, not universities.
    private static readonly Dictionary<string, string> SchoolLevels = new(StringComparer.Ordinal)
    {
        ["ต้น"] = "มัธยมศึกษาตอนต้น",
        ["ปลาย"] = "มัธยมศึกษาตอนปลาย",
    };

    /// <summary>Units of the shortest name: one cluster (ค of ม.ค.) is another abbreviation's letter, not a name.</summary>
    private const int MinNameUnits = 2;

    /// <summary>The abbreviation and name as letters write them (<c>มหาวิทยาลัยขอนแก่น</c>); none when the pair is no such abbreviation and name.</summary>
    public static IEnumerable<string> Spellings(QueryWord abbreviation, QueryWord name)
    {
        if (!Written.TryGetValue(abbreviation.Text, out var words) || !IsName(name))
        {
            return [];
        }

        return abbreviation.Text == "ม." && SchoolLevels.TryGetValue(name.Text, out var level)
            ? [level]
            : words.Select(word => word + name.Text);
    }

    /// <summary>Thai letters only, no dot (a dot makes another abbreviation: ม.ร.ว.), more than one cluster.</summary>
    private static bool IsName(QueryWord name) =>
        name.Text.All(c => UnitSegmenter.IsThai(c) && !char.IsDigit(c)) && name.Units.Count >= MinNameUnits;
}
