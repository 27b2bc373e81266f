using System.Globalization;
using System.Text.RegularExpressions;

using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// An order's or announcement's number as people type it, read as letters print it: <c>คำสั่งที่ 156/2568</c> (ที่
/// glued to the kind word, which the printed heading never is) as <c>คำสั่ง ที่ 156/2568</c>, and a two-digit B.E.
/// year (<c>คำสั่งจังหวัดขอนแก่น 412/68</c>, <c>156/68</c>), as officials write years everywhere, as its four digits.
/// </summary>
public static partial class OrderNumberTyping
{
    /// <summary>
    /// The query with a kind word's glued ที่ set apart and, after a heading (คำสั่ง or ประกาศ and what follows, no
    /// digit in it), a final number's two-digit year written out; the text as it was when it has neither.
    /// </summary>
    public static string Rewrite(string text)
    {
        var apart = GluedThi().Replace(text, "${kind} ${thi}");
        var match = HeadedTwoDigitYear().Match(apart);
        return match.Success ? string.Concat(apart.AsSpan(0, match.Groups["year"].Index), FullYear(match.Groups["year"].Value)) : apart;
    }

    /// <summary>
    /// A number and a two-digit year alone (<c>156/68</c>, <c>ที่ ๑๕๖/๖๘</c>) read as an order's number of that B.E. year
    /// (<c>156/2568</c>); null for anything else. Only a second reading: the same text is also part of a ref (office
    /// 1008, circular 12 of <c>นร 1008/ว 12</c>), so both are looked for.
    /// </summary>
    public static PartialRef? AsOrderNumber(string text)
    {
        var match = BareTwoDigitYear().Match(text);
        return match.Success
            ? new PartialRef(null, null, ThaiDigits.ToArabic(match.Groups["number"].Value), FullYear(match.Groups["year"].Value), false)
            : null;
    }

    private static string FullYear(string twoDigits) =>
        (2500 + int.Parse(ThaiDigits.ToArabic(twoDigits), CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    // คำสั่งที่ / ประกาศเลขที่ before a number: printed, the heading's body stands between the kind word and ที่.
    [GeneratedRegex(@"^(?<kind>\s*(?:คำสั่ง|ประกาศ))(?<thi>(?:เลข)?ที่)(?=\s*\d)")]
    private static partial Regex GluedThi();

    // Digits are Thai or Arabic (\d is both). No digit in the heading, so a district's เขต ๑ is never taken for a number.
    [GeneratedRegex(@"^\s*(?:คำสั่ง|ประกาศ)[^\d/]*?(?<![\d.])[1-9๑-๙]\d{0,5}\s*/\s*(?<year>\d{2})\s*\.?\s*$")]
    private static partial Regex HeadedTwoDigitYear();

    // No leading zero: an office code (0810/76) is part of a letter's ref, never an order's number.
    [GeneratedRegex(@"^\s*(?:(?:เลข\s*)?ที่\s*)?(?<number>[1-9๑-๙]\d{0,5})\s*/\s*(?<year>\d{2})\s*\.?\s*$")]
    private static partial Regex BareTwoDigitYear();
}
