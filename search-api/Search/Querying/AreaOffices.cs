using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// An office named by its abbreviation and its province, with its area's number for an educational area office
/// (<c>สพป.ขก.1</c>, <c>สพป.ขอนแก่น เขต 1</c>, <c>สพม.ขอนแก่น</c>, <c>สสจ.ขก</c>): officials type the province as its two
/// ref letters or its name, and letters write it either way, or the office's name in full. The mention is one query
/// word, found written any of those ways. Besides the two area offices, every body of a province the word table abbreviates
/// (<c>อบจ.นม</c>, <c>ปภ.ขก</c>).
/// </summary>
public static class AreaOffices
{
    private sealed record Office(string Short, string Full, bool HasAreas, bool NeedsDot = false);

    private const string Department = "กรม";
    private const string Province = "จังหวัด";

    private static readonly Office[] Offices =
    [
        new("สพป", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", HasAreas: true),
        new("สพม", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", HasAreas: true),
        .. ProvincialOffices(),
    ];

    /// <summary>
    /// The table's abbreviations that name a body of a province (<c>อบจ.</c>, <c>สสจ.</c>: an office or organisation whose
    /// full form ends with จังหวัด; not a post, ผวจ., read with its place as other abbreviations are), and of its departments' provincial offices, named สำนักงาน … จังหวัด (<c>ปภ.ขก</c> for
    /// สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่น; a department without such an office only adds a spelling no letter has).
    /// </summary>
    private static IEnumerable<Office> ProvincialOffices() => WordAlternatives.Rows
        .Select(row => (Short: row.Spellings[0], Full: row.Spellings.Count > 1 ? row.Spellings[1].Written : ""))
        .Where(pair => pair.Short.IsAbbreviation && !pair.Short.Written.TrimEnd('.').Contains('.', StringComparison.Ordinal))
        .Select(pair => (pair.Short, Full: IsBodyOfProvince(pair.Full) ? pair.Full
            : pair.Full.StartsWith(Department, StringComparison.Ordinal) ? "สำนักงาน" + pair.Full[Department.Length..] + Province : ""))
        .Where(pair => pair.Full.Length > 0)
        .Select(pair => new Office(pair.Short.Written.TrimEnd('.'), pair.Full, HasAreas: false, pair.Short.NeedsDot))
        .DistinctBy(office => office.Short, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> CodeOfName = ProvinceCodes.Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    // The office (short or full; not the end of a chain such as นพ.สสจ.), a dot or space, the province (name or code) ending where a word may, then an area's
    // number, with เขต or a dot before it or neither. Longest names first, so ขอนแก่น is not read as ขอ and more.
    private static readonly Regex Mention = new(
        @"(?<![ก-๛.])(?<office>" + Alternation(Offices.SelectMany(office => new[] { office.Full, office.Short })) + @")\s*\.?\s*" +
        @"(?<place>" + Alternation(ProvinceCodes.Names.Values.Concat(ProvinceCodes.Names.Keys)) + @")(?=[\s.\d๐-๙]|เขต|$)" +
        @"(?:\s*\.?\s*(?:เขต\s*)?(?<area>[0-9๐-๙]{1,2})(?![0-9๐-๙./]))?",
        RegexOptions.CultureInvariant);

    /// <summary>One office named in a query: where, and its spellings, the usual one first.</summary>
    public sealed record Found(int Index, int Length, IReadOnlyList<string> Spellings);

    /// <summary>The offices named in <paramref name="text"/>, with their spellings.</summary>
    public static List<Found> In(string text)
    {
        var found = new List<Found>();
        if (!Offices.Any(office => text.Contains(office.Short, StringComparison.Ordinal) || text.Contains(office.Full, StringComparison.Ordinal)))
        {
            return found; // most queries: the long pattern is not run
        }

        foreach (Match match in Mention.Matches(text))
        {
            var typed = match.Groups["office"].Value;
            var office = Offices.First(office => office.Short == typed || office.Full == typed);
            var typedInFull = typed == office.Full;
            if (office.NeedsDot && !typedInFull && !match.Value.AsSpan(office.Short.Length).TrimStart().StartsWith("."))
            {
                continue; // ปศ without its dot is not the department's letters
            }

            var place = match.Groups["place"].Value;
            var (name, code) = ProvinceCodes.Names.TryGetValue(place, out var named) ? (named, place) : (place, CodeOfName[place]);
            var area = match.Groups["area"];
            if (area.Success && office.HasAreas)
            {
                var number = ThaiDigits.ToArabic(area.Value).TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
                found.Add(new Found(match.Index, match.Length, TypedFirst(typedInFull,
                [
                    $"{office.Short}.{name} เขต {number}", $"{office.Full}{name} เขต {number}",
                    $"{office.Short}.{code}.{number}", $"{office.Short}.{code}. เขต {number}", $"{office.Short}.{code} เขต {number}",
                ])));
            }
            else
            {
                // An office without areas leaves the number to the words after it. The code with its dot is one word to the
                // analysis (สพป.ขก.๑), without it two.
                var length = area.Success ? area.Index - match.Index : match.Length;
                found.Add(new Found(match.Index, length,
                    TypedFirst(typedInFull, [$"{office.Short}.{name}", $"{office.Full}{name}", $"{office.Short}.{code}.", $"{office.Short}.{code}"])));
            }
        }

        return found;
    }

    private static bool IsBodyOfProvince(string full) => full.EndsWith(Province, StringComparison.Ordinal) &&
        (full.StartsWith("สำนักงาน", StringComparison.Ordinal) || full.StartsWith("องค์การ", StringComparison.Ordinal));

    /// <summary>The full name first when typed so, as the spelling typed ranks above the others (<c>ผู้ว่าราชการจังหวัดลำปาง</c>).</summary>
    private static List<string> TypedFirst(bool typedInFull, List<string> spellings) =>
        typedInFull ? [spellings[1], spellings[0], .. spellings.Skip(2)] : spellings;

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(word => word.Length).Select(Regex.Escape));
}
