using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Search.References;

/// <summary>
/// Part of a reference number, as an official types it from memory: <c>ว 76</c>, <c>มท 0810.3</c>,
/// <c>0023.3/ว274</c>, <c>ที่ นพ ๐๐๒๓.๓</c>. Each part present must match; absent parts match anything.
/// </summary>
public sealed partial record PartialRef(string? Agency, string? Committee, string? Office, string? Number, bool IsCircular)
{
    /// <summary>
    /// Reads a whole query as a partial reference. A bare number (<c>2568</c>) or bare letters are not one:
    /// it takes agency letters with an office number, a dotted office number, a slash, or ว with a number.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialRef? partial)
    {
        partial = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return false;
        }

        var prepared = LeadingThi().Replace(CircularRef.Prepare(text).Trim(), "");
        var match = NumberForm().Match(prepared);
        if (match.Success)
        {
            partial = FromMatch(match, office: null);
            return true;
        }

        match = OfficeForm().Match(prepared);
        if (match.Success)
        {
            var hasAgency = match.Groups["agency"].Success;
            var hasSlash = match.Groups["slash"].Success;
            var office = Regex.Replace(match.Groups["office"].Value, @"\s", "");
            var accepted = hasAgency || office.Contains('.', StringComparison.Ordinal) || (hasSlash && match.Groups["number"].Success);
            if (accepted)
            {
                partial = FromMatch(match, office);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a circular's own reference has every part given here.</summary>
    public bool Matches(CircularRef reference) =>
        (Agency is null || Agency == reference.Agency)
        && (Committee is null || Committee == reference.Committee)
        && (Office is null || RefKeys.OfficePrefixes(reference.Office).Contains(Office))
        && (Number is null || (Number == reference.Number && (!IsCircular || reference.IsCircular)));

    /// <summary>The <see cref="RefKeys"/> terms a matching circular carries, all required.</summary>
    public IEnumerable<string> Keys()
    {
        if (Agency is not null)
        {
            yield return RefKeys.Agency(Agency);
        }

        if (Committee is not null)
        {
            yield return RefKeys.Committee(Committee);
        }

        if (Office is not null)
        {
            yield return RefKeys.Office(Office);
        }

        if (Number is not null)
        {
            yield return RefKeys.Number(Number, IsCircular);
        }
    }

    private static PartialRef FromMatch(Match match, string? office)
    {
        var number = match.Groups["number"].Success ? match.Groups["number"].Value.TrimStart('0') : null;
        return new PartialRef(
            Letters(match.Groups["agency"]),
            Letters(match.Groups["committee"]),
            office,
            number is null ? null : number.Length == 0 ? "0" : number,
            match.Groups["circular"].Success);
    }

    private static string? Letters(Group group) =>
        group.Success ? Regex.Replace(group.Value, @"[\s\.]", "") : null;

    // Agency letters are two to four consonants, so a lone ว is never taken for one.
    private const string AgencyPart =
        @"(?:(?<agency>[ก-ฮ](?:[ .]?[ก-ฮ]){1,3})\.?\s*(?:\(\s*(?<committee>[ก-ฮ](?:[ .]?[ก-ฮ]){0,5})\.?\s*\)\s*)?)";

    [GeneratedRegex(@"^ที่\s*")]
    private static partial Regex LeadingThi();

    // [agency] office [/ [ว] [number]]
    [GeneratedRegex("^" + AgencyPart + @"?(?<office>\d{2,6}(?:\s*\.\s*\d{1,3})*)\.?\s*" +
                    @"(?:(?<slash>/)\s*(?:(?<circular>ว)\s*\.?\s*)?(?<number>\d{1,7})?)?\s*\.?$")]
    private static partial Regex OfficeForm();

    // [agency] [/] ว number
    [GeneratedRegex("^" + AgencyPart + @"?/?\s*(?<circular>ว)\s*\.?\s*(?<number>\d{1,7})\s*\.?$")]
    private static partial Regex NumberForm();
}
