using System.Globalization;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>A fiscal year written in a text (<c>ปีงบประมาณ พ.ศ. ๒๕๖๘</c>), by its B.E. number, and where its words lie.</summary>
public readonly record struct FiscalYearMention(int FiscalYear, int Index, int Length);

/// <summary>
/// A fiscal year (ปีงบประมาณ, 1 October – 30 September, named by the B.E. year it ends in) as officials write and
/// type it: <c>ปีงบประมาณ พ.ศ. ๒๕๖๘</c>, <c>ประจำปีงบประมาณ 2568</c>, <c>ปีงบ 68</c>, <c>งบปี 68</c>. Two digits are
/// B.E. 25xx, four from 2400 B.E., fewer CE (fiscal 2025 is 2568).
/// </summary>
public static partial class FiscalYearMentions
{
    // Generated at build time, as ThaiDateMentions' pattern is.
    [GeneratedRegex(@"(?:ปีงบประมาณ|ปีงบ\.?|งบปี)\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>\d{4}|\d{2})(?![\d./])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Every fiscal year the text writes, in text order.</summary>
    public static IReadOnlyList<FiscalYearMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FiscalYearMention>();

        // Thai digits become Arabic one for one, so positions in the prepared text are positions in the text.
        foreach (Match match in Pattern().Matches(ThaiDigits.ToArabic(text)))
        {
            var digits = match.Groups["y"].Value;
            var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            year = digits.Length == 2 ? 2500 + year
                : year >= ThaiDates.FirstBuddhistYear ? year
                : year + ThaiDates.BuddhistEraOffset;
            if (year is >= ThaiDates.FirstBuddhistYear and <= 2800)
            {
                found.Add(new FiscalYearMention(year, match.Index, match.Length));
            }
        }

        return found;
    }
}
