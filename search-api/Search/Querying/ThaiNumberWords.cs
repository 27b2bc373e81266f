using System.Globalization;
using System.Text.RegularExpressions;

using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A count written in Thai number words before what it counts (<c>เจ็ดวันอันตราย</c>, <c>สามจังหวัดชายแดนภาคใต้</c>,
/// <c>หนึ่งตำบลหนึ่งผลิตภัณฑ์</c>), which letters write in digits as often (<c>๗ วันอันตราย</c>, <c>7วันอันตราย</c>), and
/// the other way round: a count up to 999,999 in words finds its digits (<c>ค่าแรงสี่ร้อยบาท</c>, <c>๔๐๐ บาท</c>), digits up to
/// ninety-nine their words (a larger number is written in digits, its words at most in brackets after them). Only a count followed by a
/// word is read so: หนึ่ง after a noun (<c>ฉบับหนึ่ง</c>) means "a", and a number alone would be found in every
/// letter that writes it for anything.
/// </summary>
public static partial class ThaiNumberWords
{
    private static readonly string[] Digits = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];

    // Words that make a larger number of the count before them: สองพัน is not 2 พัน.
    private static readonly string[] Multipliers = ["ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"];

    /// <summary>
    /// The word with each count in it written in digits, spaced from the words around it (<c>7 วันอันตราย</c>), and
    /// glued to the word it counts (<c>7วันอันตราย</c>), as the word view reads each; none when it has no count.
    /// </summary>
    /// <param name="words">The query word's dictionary words.</param>
    public static (string Spaced, string Glued)? InDigits(IReadOnlyList<string> words)
    {
        var spaced = new List<string>();
        var glued = new System.Text.StringBuilder();
        var found = false;
        for (var i = 0; i < words.Count; i++)
        {
            var end = i;
            while (end < words.Count && NumberWord().IsMatch(words[end]))
            {
                end++;
            }

            var run = string.Concat(words.Skip(i).Take(end - i));
            if (end > i && end < words.Count && !Multipliers.Contains(words[end]) && (i == 0 || !Multipliers.Contains(words[i - 1]))
                && ValueOf(run) is { } value)
            {
                // A year (ปีสองพันห้าร้อยหกสิบแปด, พ.ศ. …) is written without the thousands comma a count has: ๒๕๖๘, not ๒,๕๖๘.
                var digits = IsYear(words, i, value) ? value.ToString(CultureInfo.InvariantCulture) : DigitsOf(value);
                spaced.Add(digits);
                glued.Append(glued.Length > 0 ? " " : "").Append(digits);
                found = true;
                i = end - 1;
                continue;
            }

            spaced.Add(words[i]);
            glued.Append(words[i]);
        }

        return found ? (string.Join(' ', spaced), glued.ToString()) : null;
    }

    /// <summary>
    /// A number typed in digits before a Thai word (<c>7 วันอันตราย</c>, <c>๓ จังหวัด</c>) written in Thai words glued to
    /// it (<c>เจ็ดวันอันตราย</c>): another spelling of the number, found only before that word. Null for anything else.
    /// </summary>
    public static string? InWords(QueryWord number, QueryWord next)
    {
        if (number.Text.Length is 0 or > 2 || !number.Text.All(char.IsAsciiDigit) || number.Text[0] == '0'
            || next.Words.Count == 0 || !UnitSegmenter.IsThai(next.Words[0][0]) || Multipliers.Contains(next.Words[0]))
        {
            return null;
        }

        return WordsOf(int.Parse(number.Text, CultureInfo.InvariantCulture)) is { } words ? words + string.Concat(next.Words) : null;
    }

    /// <summary>
    /// A number from one to 999,999 in Thai words (<c>ยี่สิบเอ็ด</c> is 21, <c>สี่ร้อย</c> 400, <c>สามแสนหกหมื่น</c> 360,000), written in
    /// one piece; null otherwise. A hundred or more needs its count word before ร้อย, พัน, หมื่น or แสน (<c>หนึ่งร้อย</c>): a bare
    /// ร้อย is ร้อยละ's or ร้อยเอ็ด's.
    /// </summary>
    public static int? ValueOf(string words)
    {
        var match = Count().Match(words);
        if (!match.Success || words.Length == 0)
        {
            return null;
        }

        var high = 0;
        foreach (var (group, place) in Places)
        {
            if (match.Groups[group].Success)
            {
                high += Array.IndexOf(Digits, match.Groups[group].Value) * place;
            }
        }

        var unitWord = match.Groups["unit"].Value;
        var tens = !match.Groups["ten"].Success ? 0 : match.Groups["tens"].Success ? TensOf(match.Groups["tens"].Value) : 1;
        if (unitWord == "เอ็ด" && tens == 0 && high == 0)
        {
            return null; // เอ็ด is one only after ten or more
        }

        var unit = unitWord == "เอ็ด" ? 1 : Math.Max(Array.IndexOf(Digits, unitWord), 0);
        var value = high + tens * 10 + unit;
        return value > 0 ? value : null;
    }

    /// <summary>
    /// Whether the number starting at <paramref name="start"/> is a year: the words before it end with a word naming a
    /// year (ปี, พ.ศ., ค.ศ., พุทธศักราช, คริสต์ศักราช), not a rate (ต่อปี, รายปี, ทุกปี: ค่าธรรมเนียมรายปีสองพันบาท is a count),
    /// and its value is one (B.E. 2400–2700, C.E. 1900–2200).
    /// </summary>
    private static bool IsYear(IReadOnlyList<string> words, int start, int value)
    {
        if (value is not (>= 1900 and <= 2200 or >= 2400 and <= 2700))
        {
            return false;
        }

        var before = string.Concat(words.Take(start));
        var yearWord = YearWords.FirstOrDefault(year => before.EndsWith(year, StringComparison.Ordinal));
        return yearWord is not null && !RateWords.Any(rate => before[..^yearWord.Length].EndsWith(rate, StringComparison.Ordinal));
    }

    private static readonly string[] YearWords = ["ปี", "พ.ศ.", "พ.ศ", "ค.ศ.", "ค.ศ", "ศักราช"];

    /// <summary>Words before ปี that make it "a year" as a rate or a period, not the year's name.</summary>
    private static readonly string[] RateWords = ["ต่อ", "ราย", "ทุก", "แต่ละ"];

    /// <summary>A value in digits as letters write it: with a comma between thousands from 1,000 (<c>๑,๐๐๐ บาท</c>).</summary>
    public static string DigitsOf(int value) => value.ToString(value >= 1000 ? "#,0" : "0", CultureInfo.InvariantCulture);

    private static readonly (string Group, int Place)[] Places = [("d5", 100_000), ("d4", 10_000), ("d3", 1000), ("d2", 100)];

    /// <summary>The Thai words of a number from one to ninety-nine (<c>21</c> is <c>ยี่สิบเอ็ด</c>); null for any other.</summary>
    public static string? WordsOf(int number)
    {
        if (number is < 1 or > 99)
        {
            return null;
        }

        var (tens, unit) = (number / 10, number % 10);
        var ten = tens switch { 0 => "", 1 => "สิบ", 2 => "ยี่สิบ", _ => Digits[tens] + "สิบ" };
        return ten + (tens > 0 && unit == 1 ? "เอ็ด" : Digits[unit]);
    }

    private static int TensOf(string written) => written == "ยี่" ? 2 : Array.IndexOf(Digits, written);

    // A dictionary word made only of number words (ICU reads สิบ เจ็ด or สิบเจ็ด, ยี่สิบ เอ็ด, สี่ ร้อย).
    [GeneratedRegex("^(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน)+$")]
    private static partial Regex NumberWord();

    private const string Digit = "(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)";

    [GeneratedRegex("^(?:(?<d5>" + Digit + ")แสน)?(?:(?<d4>" + Digit + ")หมื่น)?(?:(?<d3>" + Digit + ")พัน)?(?:(?<d2>" + Digit + ")ร้อย)?" +
        "(?:(?<tens>ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?(?<ten>สิบ))?(?<unit>เอ็ด|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?$")]
    private static partial Regex Count();
}
