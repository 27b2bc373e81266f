using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>
/// A reference number (เลขที่หนังสือ) in parts: <c>ที่ มท ๐๘๑๐.๓/ว ๗๖</c> is agency มท, office 0810.3,
/// circular (ว), number 76. Digits are kept ASCII; <see cref="Normalized"/> is the one key used for
/// duplicates, links and lookup, whatever spelling the text used.
/// An order or announcement numbered without agency letters (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>) has no
/// agency: its <see cref="Heading"/> (the kind and issuing body of its heading) names it instead, so two bodies'
/// ๑๒๓/๒๕๖๘ are two references. Its number is <see cref="Office"/> and its B.E. year <see cref="Number"/>, as for
/// an order numbered with the agency's letters (<c>นพ ๑๒๓/๒๕๖๘</c>).
/// </summary>
public sealed partial record CircularRef(string Agency, string? Committee, string Office, bool IsCircular, string Number, string? Heading = null)
{
    // The parts have no setters, so no 'with' can leave Normalized describing other parts.
    public string Agency { get; } = Agency;

    public string? Committee { get; } = Committee;

    public string Office { get; } = Office;

    public bool IsCircular { get; } = IsCircular;

    public string Number { get; } = Number;

    /// <summary>
    /// The heading's first words without spaces (<c>คำสั่งจังหวัดนครพนม</c>) for a number with no agency letters,
    /// else null: <see cref="Agency"/> is then empty.
    /// </summary>
    public string? Heading { get; } = Heading;

    /// <summary>The heading's kind word, <c>คำสั่ง</c> or <c>ประกาศ</c>; null without a heading.</summary>
    public string? HeadingKind => Heading is null ? null : Heading.StartsWith(OrderWord, StringComparison.Ordinal) ? OrderWord : AnnouncementWord;

    /// <summary>The body the heading names, after its kind word (<c>จังหวัดนครพนม</c>), as compared; null without a heading.</summary>
    public string? HeadingBody => Heading?[HeadingKind!.Length..];

    public const string OrderWord = "คำสั่ง";

    public const string AnnouncementWord = "ประกาศ";

    /// <summary>
    /// The heading as written, spaces kept (<c>ประกาศองค์การบริหารส่วนตำบลนาแก อำเภอนาแก</c>), for
    /// <see cref="Format"/>; <see cref="Heading"/> without them is what compares.
    /// </summary>
    public string? HeadingText { get; private init; }

    /// <summary>
    /// Compact canonical form: <c>มท0810.3/ว76</c>, <c>กค(กวจ)0405.2/ว119</c>, <c>คำสั่งจังหวัดนครพนมที่123/2568</c>.
    /// A heading keeps ที่ before its number: a body's name may end in digits (<c>…นครพนม เขต ๑</c>), and
    /// <c>…เขต15/2568</c> would read back as <c>…เขต</c>'s order 15. Made once: a build looks it up for every
    /// citation, listing and catalog row.
    /// </summary>
    public string Normalized { get; } = Heading is not null
        ? $"{Heading}{HeadingNumberMark}{Office}/{Number}"
        : $"{Agency}{(Committee is null ? "" : $"({Committee})")}{Office}/{(IsCircular ? "ว" : "")}{Number}";

    /// <summary>What stands between a heading and its number in <see cref="Normalized"/> and the keys made from it.</summary>
    public const string HeadingNumberMark = "ที่";

    /// <summary>The printed form: <c>มท ๐๘๑๐.๓/ว ๗๖</c>, <c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>.</summary>
    public string Format(DigitStyle style) => ThaiDigits.Format(Heading is not null
        ? $"{HeadingText ?? Heading} ที่ {Office}/{Number}"
        : $"{Agency}{(Committee is null ? "" : $" ({Committee})")} {Office}/{(IsCircular ? "ว " : "")}{Number}", style);

    // Normalized is the whole identity: one heading spaced two ways is one reference.
    public bool Equals(CircularRef? other) => other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>
    /// An order's or announcement's number and B.E. year named by the heading it is printed under: <c>คำสั่ง</c> or
    /// <c>ประกาศ</c> and the issuing body (<c>จังหวัดนครพนม</c>), spaces and repairs as <see cref="TryParse"/> reads them.
    /// </summary>
    public static CircularRef Headed(string heading, string number, string year)
    {
        var prepared = Prepare(heading);
        return new("", null,
            ThaiDigits.ToArabic(number).Trim().TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0", false,
            ThaiDigits.ToArabic(year).Trim(), HeadingKey(prepared))
        { HeadingText = HeadingAsWritten(prepared) };
    }

    public override string ToString() => Normalized;

    /// <summary>Parses a whole string as one reference (the value of a <c>ref</c> key, or a whole query).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CircularRef? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var prepared = Prepare(text);
        var match = WholeRef().Match(prepared);
        if (!match.Success && !(match = OrderNumberRef().Match(prepared)).Success)
        {
            if (!(match = HeadedNumberRef().Match(prepared)).Success)
            {
                return false;
            }

            reference = Headed(match.Groups["heading"].Value, match.Groups["office"].Value, match.Groups["number"].Value);
            return true;
        }

        reference = FromMatch(match);
        return true;
    }

    /// <summary>
    /// An order's or announcement's own number with neither agency letters nor heading (<c>ที่ ๑๒๓/๒๕๖๘</c>,
    /// <c>123/2568</c>): as it names no issuer, it becomes a reference only with the heading the letter is printed
    /// under (<see cref="Headed"/>). Not read by <see cref="TryParse"/>, for which a query such as <c>10/2567</c> is no reference.
    /// </summary>
    public static bool TryParseNumberOnly(string? text, [NotNullWhen(true)] out string? number, [NotNullWhen(true)] out string? year)
    {
        (number, year) = (null, null);

        // ที่'s ท is the only Thai consonant it may hold: a letter's ref (มท …) is turned away before it is prepared,
        // as a build asks this of every ref it checks.
        if (string.IsNullOrWhiteSpace(text) || text.Any(static c => c is >= 'ก' and <= 'ฮ' and not 'ท')
            || NumberOnlyRef().Match(Prepare(text)) is not { Success: true } match)
        {
            return false;
        }

        (number, year) = (match.Groups["office"].Value, match.Groups["number"].Value);
        return true;
    }

    /// <summary>
    /// Whether its heading names a body as a body's name starts (คำสั่ง or ประกาศ, then จังหวัด, กรม, โรงเรียน, …):
    /// a typed query like <c>ประกาศรับสมัคร 2 ตำแหน่ง ที่ 1/2568</c> has a heading's shape but names none.
    /// </summary>
    public bool HeadingNamesABody => Heading is { } heading && HeadingWithOfficeWord().IsMatch(heading);

    [GeneratedRegex("^(?:คำสั่ง|ประกาศ)(?:" + OfficeWordPattern + ")")]
    private static partial Regex HeadingWithOfficeWord();

    /// <summary>How a heading compares (<see cref="Heading"/>): repaired, spaces aside, office abbreviations spelt out.</summary>
    public static string HeadingKeyOf(string heading) => HeadingKey(Prepare(heading));

    // Spaces aside and abbreviated office names spelt out (คำสั่ง จ.นครพนม is คำสั่งจังหวัดนครพนม): one body, one key.
    private static string HeadingKey(string heading) => Without(OfficeAbbreviations.Expand(heading), static c => char.IsWhiteSpace(c));

    /// <summary>Spaces collapsed to one, none after the kind word (<c>คำสั่ง จังหวัดนครพนม</c> prints as <c>คำสั่งจังหวัดนครพนม</c>).</summary>
    private static string HeadingAsWritten(string heading) => KindSpace().Replace(Spaces().Replace(heading.Trim(), " "), "$1");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(คำสั่ง|ประกาศ) ")]
    private static partial Regex KindSpace();

    public static CircularRef Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"not a reference number: {text}");

    /// <summary>
    /// Finds references cited inside running text. Only the full slash form counts, so an abbreviation
    /// such as <c>นพ. ๔๘๐๐๐</c> (a postcode) is never read as a reference; an order's number under its heading
    /// counts with ที่ between them (<c>ตามคำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>).
    /// </summary>
    public static IReadOnlyList<CircularRef> FindAll(string text) => FindAll(text, agencies: null);

    /// <summary>
    /// As <see cref="FindAll(string)"/>, and also references glued to the Thai word before them
    /// (<c>ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่นมท ๐๘๑๐.๓/ว ๗๖</c>, as PDF extraction often gives them): the
    /// letters run into the word, so such a reference counts only when its agency code ends the run and is one
    /// of <paramref name="agencies"/> (the letters of each code, without dots or a committee).
    /// </summary>
    public static IReadOnlyList<CircularRef> FindAll(string text, IReadOnlySet<string>? agencies)
    {
        var found = new List<CircularRef>();

        // Every reference these patterns find has its slash, and preparing the text makes none: a text without
        // one (most enclosure titles, many bodies) is not copied and scanned twice for nothing.
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return found;
        }

        var prepared = Prepare(text);
        foreach (Match match in EmbeddedRef().Matches(prepared))
        {
            Add(found, FromMatch(match));
        }

        foreach (Match match in EmbeddedHeadedRef().Matches(prepared))
        {
            Add(found, Headed(match.Groups["heading"].Value, match.Groups["office"].Value, match.Groups["number"].Value));
        }

        if (agencies is { Count: > 0 })
        {
            foreach (Match match in GluedRef().Matches(prepared))
            {
                if (KnownAgencyEnding(Letters(match.Groups["agency"].ValueSpan), agencies) is { } agency)
                {
                    var glued = FromMatch(match);
                    Add(found, new CircularRef(agency, glued.Committee, glued.Office, glued.IsCircular, glued.Number));
                }
            }
        }

        return found;
    }

    private static void Add(List<CircularRef> found, CircularRef reference)
    {
        if (!found.Contains(reference))
        {
            found.Add(reference);
        }
    }

    /// <summary>The longest run of the letters' last ones that is a known agency code.</summary>
    private static string? KnownAgencyEnding(string letters, IReadOnlySet<string> agencies)
    {
        for (var start = 0; start < letters.Length; start++)
        {
            if (agencies.Contains(letters[start..]))
            {
                return letters[start..];
            }
        }

        return null;
    }

    /// <summary>
    /// Repairs, folds digits and NBSPs, turns a Latin o typed inside a number into zero and a Latin w typed for ว after the
    /// slash into ว. Public so the
    /// search library reads partial references exactly as this parser reads whole ones.
    /// </summary>
    public static string Prepare(string text)
    {
        var repaired = ThaiDigits.ToArabic(ThaiTextRepair.Repair(text));
        var builder = new StringBuilder(repaired.Length);
        for (var i = 0; i < repaired.Length; i++)
        {
            var c = repaired[i];
            if (c is 'o' or 'O' && NextToDigit(repaired, i))
            {
                builder.Append('0');
            }
            else if (c is 'w' or 'W' && IsLatinCircularMark(repaired, i))
            {
                builder.Append('ว');
            }
            else
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    // A Latin w typed for ว on an English keyboard (0228.07/w567, /W. 18): after the slash, before the number.
    private static bool IsLatinCircularMark(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '.')
        {
            after++;
        }

        return before >= 0 && text[before] == '/' && after < text.Length && char.IsAsciiDigit(text[after]);
    }

    private static bool NextToDigit(string text, int i) =>
        (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is 'o' or 'O') && (i + 1 >= text.Length || !char.IsAsciiLetter(text[i + 1]) || text[i + 1] is 'o' or 'O'))
        || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsAsciiLetter(text[i - 1])));

    private static CircularRef FromMatch(Match match)
    {
        var agency = Letters(match.Groups["agency"].ValueSpan);
        var committee = match.Groups["committee"].Success ? Letters(match.Groups["committee"].ValueSpan) : null;
        var office = Without(match.Groups["office"].ValueSpan, static c => char.IsWhiteSpace(c));
        var number = match.Groups["number"].Value.TrimStart('0');
        return new CircularRef(agency, string.IsNullOrEmpty(committee) ? null : committee, office,
            match.Groups["circular"].Success, number.Length == 0 ? "0" : number);
    }

    private static string Letters(ReadOnlySpan<char> value) => Without(value, static c => char.IsWhiteSpace(c) || c == '.');

    private static string Without(ReadOnlySpan<char> text, Func<char, bool> drop)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!drop(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Whether letters (dots and spaces already dropped) are shaped like an agency code: one to four Thai consonants, as <see cref="AgencyPart"/> reads them.</summary>
    public static bool IsAgencyCode(string letters) =>
        letters.Length is >= 1 and <= 4 && letters.All(c => c is >= 'ก' and <= 'ฮ');

    // Agency: one to four Thai consonants, dots and spaces allowed between them (มท, ก.ค., กทม), and a committee
    // in brackets. Office: a run of digits, then dot-separated sub-units. Then /, an optional ว, the running number.
    private const string AgencyPart =
        @"(?<agency>[ก-ฮ](?:[ .]?[ก-ฮ]){0,3})\.?\s*" +
        @"(?:\(\s*(?<committee>[ก-ฮ](?:[ .]?[ก-ฮ]){0,5})\.?\s*\)\s*)?";

    private const string SubUnits = @"(?:\s*\.\s*\d{1,3})*";

    private const string Slash = @"\.?\s*/\s*";

    private const string CircularMark = @"(?<circular>ว)\s*\.?\s*";

    private const string NumberPart = @"(?<number>\d{1,7})";

    private const string RefBody = AgencyPart + @"(?<office>\d{2,6}" + SubUnits + ")" + Slash + "(?:" + CircularMark + ")?" + NumberPart;

    // Glued to a word, the office must look like an office code (see GluedRef): 0 and three or four digits, ว
    // optional; or five other digits with ว.
    private const string GluedRefBody = AgencyPart
        + @"(?:(?<office>0\d{3,4}" + SubUnits + ")" + Slash + "(?:" + CircularMark + ")?"
        + @"|(?<office>[1-9]\d{4}" + SubUnits + ")" + Slash + CircularMark + ")"
        + NumberPart;

    // A whole reference may also be typed with a space where its slash belongs, when ว follows
    // (มท 0808.2 ว 4410): alone in a value or query it can be nothing else. Not in running text, where a
    // number followed by a word starting with ว is common.
    private const string WholeRefBody = AgencyPart + @"(?<office>\d{2,6}" + SubUnits + ")"
        + "(?:" + Slash + "(?:" + CircularMark + ")?" + @"|\s+" + CircularMark + ")" + NumberPart;

    // ที่ as printed, or เลขที่ ("number") as forms and officials often write it (หนังสือเลขที่ มท …, คำสั่ง… เลขที่ ๑๒/๒๕๖๘).
    private const string Thi = @"(?:เลข\s*)?ที่";

    [GeneratedRegex(@"^\s*(?:" + Thi + @"\s*)?" + WholeRefBody + @"\s*\.?\s*$")]
    private static partial Regex WholeRef();

    // An order's number below ten with its B.E. year (คำสั่ง… ที่ ๕/๒๕๖๘, written with the agency's letters: นพ ๕/๒๕๖๘):
    // orders are numbered from 1 each year, with no office number, so the "office" is one digit and the "number" a
    // year. Only as a whole value or query: in running text a digit, a slash and a year is too often something else.
    [GeneratedRegex(@"^\s*(?:" + Thi + @"\s*)?(?<agency>[ก-ฮ](?:[ .]?[ก-ฮ]){0,3})\.?\s*(?<office>[1-9])" + Slash + @"(?<number>2[4-7]\d\d)\s*\.?\s*$")]
    private static partial Regex OrderNumberRef();

    // An order's or announcement's number under its heading (คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘, as letters cite one): the
    // heading is คำสั่ง or ประกาศ and the body's name. With ที่ before the number the name may hold digits and
    // brackets (…นครพนม เขต ๑, โรงเรียนบ้านนาแก (ประชาสามัคคี)): the number after the last ที่ is the ref. Without
    // ที่ it holds neither, or …เขต ๑ ๕/๒๕๖๘ would be read some way. Only as a whole value or query.
    private const string OrderYear = @"(?<office>\d{1,6})\s*/\s*(?<number>2[4-7]\d\d)\s*\.?\s*$";

    private const string HeadingStart = @"^\s*(?<heading>(?:คำสั่ง|ประกาศ)\s*(?!" + Thi + @"\s*\d)[ก-๛]";

    [GeneratedRegex(HeadingStart + @"[^/]*?)\s*" + Thi + @"\s*" + OrderYear + "|" + HeadingStart + @"[^\d/()]*?)\s*" + OrderYear)]
    private static partial Regex HeadedNumberRef();

    [GeneratedRegex(@"^\s*(?:ที่\s*)?(?!0+\s*/)" + OrderYear)]
    private static partial Regex NumberOnlyRef();

    // The words an issuing body's name starts with, the one list of them: in running text a heading counts only
    // when one follows คำสั่ง or ประกาศ, as คำสั่งซื้อที่ ๑๒/๒๕๖๘ (a purchase order) or ประกาศรับสมัครครั้งที่ ๑/๒๕๖๘
    // name no body.
    private const string OfficeWordPattern =
        "จังหวัด|อำเภอ|กรุงเทพมหานคร|กระทรวง|กรม|สำนักงาน|สำนัก|องค์การบริหารส่วน|องค์การ|เทศบาล|กอง|โรงเรียน|มหาวิทยาลัย|วิทยาลัย|ศาล|สถาบัน|คณะกรรมการ|ศูนย์|ผู้ว่าราชการ|นายอำเภอ";

    // The same cited in running text (ตามคำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘ ลงวันที่ …): the heading an office word
    // (OfficeWords) and one run of Thai letters, a district's "เขต ๑" after it (…นครพนม เขต ๑ ที่ ๕/๒๕๖๘), and ที่
    // required, since a word, a number, a slash and a year is too often something else.
    [GeneratedRegex(@"(?<heading>(?:คำสั่ง|ประกาศ)\s?(?:" + OfficeWordPattern + @"|(?:อบจ|อบต|สพป|สพม|ทน|ทม|ทต|จ|อ)\.\s?)[ก-๛]*?(?:\s*เขต\s*\d{1,2})?)\s*" + Thi + @"\s*(?<office>[1-9]\d{0,5})\s*/\s*(?<number>2[4-7]\d\d)(?!\d)")]
    private static partial Regex EmbeddedHeadedRef();

    [GeneratedRegex(@"(?:(?<=ที่)|(?<![ก-๛]))" + RefBody + @"(?!\d)")]
    private static partial Regex EmbeddedRef();

    // Only where EmbeddedRef does not look: right after a Thai character other than ที่'s. Stricter than RefBody:
    // a word's last letters plus any "12/345" would pass for a code and number (ประชาชน 1250/5000 as ชน 1250/5000),
    // so the office must look like an office code: 0 and three or four digits (มท 0810.3, ศธ 04006), or a local
    // government's five digits (ขก 73601) on a circular letter (/ว).
    [GeneratedRegex(@"(?<=[ก-๛])(?<!ที่)" + GluedRefBody + @"(?!\d)")]
    private static partial Regex GluedRef();
}
