using System.Globalization;
using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A B.E. year as people type it, read as letters write it: <c>ปี 68</c>, <c>ปี พ.ศ. 2568</c> and <c>พ.ศ. 68</c> are the
/// year <c>2568</c> (letters print the year in full, and ปี is rarely a word of the text it is asked of: <c>ค่าธรรมเนียม ปี 68</c>
/// found nothing); a year pair (<c>ฤดูแล้ง ปี 2567/68</c>, the dry season or school year across two years) is written
/// both ways, <c>2567/2568</c> and <c>2567/68</c>, so the other is tried when the one typed finds nothing.
/// </summary>
public static partial class YearTyping
{
    private const int FirstYear = 2400;
    private const int LastYear = 2700;

    /// <summary>The text with each year typed after ปี or พ.ศ. as its four digits alone; the text itself when it has none.</summary>
    public static string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var arabic = ThaiDigits.ToArabic(text);
        var changed = false;
        var rewritten = LabelledYear().Replace(arabic, match =>
        {
            if (FullYear(match.Groups["y"].Value) is not { } year)
            {
                return match.Value;
            }

            changed = true;
            return year.ToString(CultureInfo.InvariantCulture);
        });
        return changed ? rewritten : text;
    }

    /// <summary>The text with each year pair in its other spelling (<c>2567/68</c> ⇄ <c>2567/2568</c>); null when it has none.</summary>
    public static string? OtherPairSpelling(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changed = false;
        var other = YearPair().Replace(ThaiDigits.ToArabic(text), match =>
        {
            var first = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var second = match.Groups["b"].Value;
            var next = first + 1;
            if (first is < FirstYear or > LastYear
                || (second.Length == 2 ? int.Parse(second, CultureInfo.InvariantCulture) != next % 100 : int.Parse(second, CultureInfo.InvariantCulture) != next))
            {
                return match.Value;
            }

            changed = true;
            var written = second.Length == 2 ? next.ToString(CultureInfo.InvariantCulture) : (next % 100).ToString("00", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{first}/{written}");
        });
        return changed ? other : null;
    }

    /// <summary>
    /// A B.E. year typed alone among other words (<c>ควบคุมโรคในโคกระบือ 2568</c>), and the text without it; null when the
    /// text has no such year, more than one, or a date, month or fiscal year that reads it already. Letters print their own
    /// date apart from the text, so one whose text never writes its year is still of that year.
    /// </summary>
    public static (string Others, int Year)? LoneYear(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var arabic = ThaiDigits.ToArabic(text);
        var years = BareYear().Matches(arabic);
        if (years.Count != 1 || FullYear(years[0].Value) is not { } year || ThaiDateMentions.FindAll(text).Count > 0
            || ThaiMonthMentions.FindAll(text).Count > 0 || FiscalYearMentions.FindAll(text).Count > 0)
        {
            return null;
        }

        var rest = string.Concat(arabic.AsSpan(0, years[0].Index), " ", arabic.AsSpan(years[0].Index + years[0].Length));
        return rest.Any(char.IsLetter) ? (rest, year) : null;
    }

    private static int? FullYear(string digits)
    {
        var number = int.Parse(digits, CultureInfo.InvariantCulture);

        // Two digits are a year from 2540 (ปี 10 or ปี 25 is more likely a count than 2510 or 2525).
        var year = digits.Length == 2 ? (number >= FirstShortYear ? 2500 + number : 0) : number;
        return year is >= FirstYear and <= LastYear ? year : null;
    }

    private const int FirstShortYear = 40;

    // Digits are [0-9], not \d: \d also matches other scripts' digits (full-width ６８), which ThaiDigits leaves as they are
    // and int.Parse refuses.
    // ปี standing as a word (not the end of ประจำปี), then the year, maybe with พ.ศ.; or พ.ศ. before two digits. Not a
    // number running on into a slash, a dot or more digits (ปี 2567/68 is a pair; ปีงบ 68 is a fiscal year, read before),
    // nor one that counts what follows it (ภายใน 1 ปี 45 วัน is a time, not 2545).
    [GeneratedRegex(@"(?<![ก-๛])(?:ปี\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>[0-9]{4}|[0-9]{2})|พ\.\s*ศ\.\s*(?<y>[0-9]{2}))(?![0-9./])(?!\s*(?:วัน|เดือน|สัปดาห์|ชั่วโมง|นาที|ครั้ง|คน|ราย|บาท|แห่ง|ฉบับ|หน้า|ปี))")]
    private static partial Regex LabelledYear();

    // Four digits standing alone: not part of a ref, a slashed number, a time or an amount (1,000).
    [GeneratedRegex(@"(?<![0-9/.:,])[0-9]{4}(?![0-9/.:,])")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?<![0-9/.])(?<a>[0-9]{4})\s*/\s*(?<b>[0-9]{4}|[0-9]{2})(?![0-9/.])")]
    private static partial Regex YearPair();
}
