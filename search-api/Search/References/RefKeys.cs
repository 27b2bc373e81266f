using System.Globalization;

using GeccPortal.Thai;

namespace GeccPortal.Search.References;

/// <summary>
/// The keyword terms a reference is indexed under, and the same terms built for a query, so both sides
/// spell them one way: <c>full:</c> the normalised ref, <c>loose:</c> agency + main office number +
/// running number (citations often get the sub-unit wrong), <c>bare:</c> agency + the office's digits
/// without dots or leading zeros + running number, without ว (what a hurried official types), and one
/// term per part. An order numbered under its heading (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>) has no agency
/// letters: its heading stands in their place in the loose and bare keys, so another body's ๑๒๓/๒๕๖๘ is never
/// taken for it, and it has no agency term; its number and year are found as office and number parts
/// (<c>123/2568</c> typed alone).
/// </summary>
public static class RefKeys
{
    public static string Full(CircularRef reference) => "full:" + reference.Normalized;

    /// <summary><c>มท0810/ว76</c> for <c>มท0810.3/ว76</c>: what a citation usually gets right.</summary>
    public static string Loose(CircularRef reference) =>
        $"loose:{Issuing(reference)}{MainOffice(reference.Office)}/{(reference.IsCircular ? "ว" : "")}{reference.Number}";

    /// <summary><c>มท8103/76</c> for <c>มท0810.3/ว76</c>, <c>มท 08103/ว 76</c>, <c>มท 810.3/76</c>: dots, leading zeros and ว as typed or forgotten.</summary>
    public static string Bare(CircularRef reference) =>
        BarePrefix(Issuing(reference), reference.Committee) + BareDigits(reference.Office.Replace(".", "", StringComparison.Ordinal), reference.Number);

    /// <summary>The part of a <see cref="Bare"/> key before the digits: <c>bare:มท</c>, <c>bare:กค(กวจ)</c>.</summary>
    public static string BarePrefix(string agency, string? committee) =>
        committee is null ? "bare:" + agency : $"bare:{agency}({committee})";

    /// <summary>The digits of a <see cref="Bare"/> key: the office's digits (dots already dropped) without leading zeros, and the running number.</summary>
    public static string BareDigits(string officeDigits, string number) => string.Concat(officeDigits.AsSpan().TrimStart('0'), "/", number);

    public static string Agency(string agency) => "a:" + agency;

    /// <summary>
    /// What names the issuer in a key: the agency letters, or the heading of a number that has none, with ที่ after
    /// it as in <see cref="CircularRef.Normalized"/>, so a heading ending in a digit (…เขต1) never runs into the number.
    /// </summary>
    private static string Issuing(CircularRef reference) =>
        reference.Heading is { } heading ? heading + CircularRef.HeadingNumberMark : reference.Agency;

    public static string Committee(string committee) => "c:" + committee;

    public static string Office(string officePrefix) => "o:" + officePrefix;

    /// <summary>A circular's number is indexed both with and without ว, so <c>/274</c> finds <c>/ว274</c> too.</summary>
    public static string Number(string number, bool circular) => (circular ? "n:ว" : "n:") + number;

    public static string Year(int buddhistYear) => "y:" + buddhistYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every term of a circular's own reference.</summary>
    public static IEnumerable<string> ForOwn(CircularRef reference, DateOnly date)
    {
        yield return Full(reference);
        yield return Loose(reference);
        yield return Bare(reference);
        if (reference.Agency.Length > 0)
        {
            yield return Agency(reference.Agency);
        }

        if (reference.Committee is not null)
        {
            yield return Committee(reference.Committee);
        }

        foreach (var prefix in OfficePrefixes(reference.Office))
        {
            yield return Office(prefix);
        }

        yield return Number(reference.Number, circular: false);
        if (reference.IsCircular)
        {
            yield return Number(reference.Number, circular: true);
        }

        yield return Year(ThaiDates.BuddhistYear(date));
    }

    /// <summary>
    /// An order or announcement numbered under its heading, as written with the letters of the agency it is filed
    /// under instead (<c>ฉช 12/2568</c> for <c>คำสั่งจังหวัดฉะเชิงเทรา ที่ ๑๒/๒๕๖๘</c> filed under ฉช), as some bodies number
    /// them (<c>นพ ๕/๒๕๖๘</c>) and people type them; null for a ref with agency letters or a letter under no agency.
    /// </summary>
    public static CircularRef? WithAgencyLetters(CircularRef reference, string agency) =>
        reference.Heading is null || agency.Length == 0 ? null : new CircularRef(agency, null, reference.Office, false, reference.Number);

    /// <summary>The whole, loose and bare terms of an own ref written with its agency's letters (<see cref="WithAgencyLetters"/>).</summary>
    public static IEnumerable<string> ForAgencyLetters(CircularRef reference, string agency) =>
        WithAgencyLetters(reference, agency) is { } lettered ? [Full(lettered), Loose(lettered), Bare(lettered)] : [];

    /// <summary>
    /// The terms of a reference cited by a circular: whole, loose and bare, and one term for each set of its parts
    /// a partial ref can name (<see cref="CitedParts"/>), so <c>ว 119</c> reaches a letter that only cites
    /// <c>กค (กวจ) 0405.2/ว 119</c>; and its agency (a query of only an agency's code ranks the letters citing it).
    /// </summary>
    public static IEnumerable<string> ForCited(CircularRef reference)
    {
        yield return Full(reference);
        yield return Loose(reference);
        yield return Bare(reference);
        if (reference.Agency.Length > 0)
        {
            yield return Agency(reference.Agency);
        }

        foreach (var parts in PartSets(reference))
        {
            yield return CitedParts(parts);
        }
    }

    /// <summary>
    /// A partial ref's part terms (<see cref="Agency"/>, <see cref="Committee"/>, <see cref="Office"/>,
    /// <see cref="Number"/>, in that order) as one term. One term, not one per part: a letter citing
    /// <c>มท 0810.3/ว 5</c> and <c>สธ 0228/ว 76</c> cites no <c>มท ว 76</c>.
    /// </summary>
    public static string CitedParts(IEnumerable<string> partTerms) => "p:" + string.Join("|", partTerms);

    /// <summary>
    /// Every set of a reference's parts a partial ref can give: agency alone or with its committee, or neither;
    /// one of its office prefixes, or none; its number with or without ว, or none; an office or a number always.
    /// </summary>
    private static IEnumerable<IEnumerable<string>> PartSets(CircularRef reference)
    {
        List<string[]> agencies = reference.Agency.Length > 0 ? [[], [Agency(reference.Agency)]] : [[]];
        if (reference.Committee is not null)
        {
            agencies.Add([Agency(reference.Agency), Committee(reference.Committee)]);
        }

        string?[] offices = [null, .. OfficePrefixes(reference.Office).Select(Office)];
        string?[] numbers = reference.IsCircular
            ? [null, Number(reference.Number, circular: false), Number(reference.Number, circular: true)]
            : [null, Number(reference.Number, circular: false)];
        foreach (var agency in agencies)
        {
            foreach (var office in offices)
            {
                foreach (var number in numbers.Where(number => number is not null || office is not null))
                {
                    yield return agency.Concat(new[] { office, number }.OfType<string>());
                }
            }
        }
    }

    /// <summary><c>0228.07.2</c> → <c>0228</c>, <c>0228.07</c>, <c>0228.07.2</c>.</summary>
    public static IEnumerable<string> OfficePrefixes(string office)
    {
        for (var dot = office.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = office.IndexOf('.', dot + 1))
        {
            yield return office[..dot];
        }

        yield return office;
    }

    private static string MainOffice(string office)
    {
        var dot = office.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? office : office[..dot];
    }
}
