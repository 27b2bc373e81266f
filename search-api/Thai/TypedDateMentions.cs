using System.Globalization;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>
/// Dates typed as numbers or in English, as people type them into a search box or a spreadsheet:
/// <c>14/3/2568</c>, <c>14/03/68</c>, <c>14-03-2568</c>, <c>14.03.68</c> (always day first, the Thai order,
/// never month first), <c>2025-03-14</c> (ISO), <c>14 March 2025</c>, <c>14 Mar 2025</c>, <c>March 14, 2025</c>.
/// A date needs a day, a month and a year: <c>10/2567</c> (ครั้งที่ 10/2567) and <c>ว 76/2566</c> are not dates,
/// and a day the month does not have (<c>31/2/2568</c>) is none either.
/// </summary>
public static partial class TypedDateMentions
{
    public static IEnumerable<DateMention> FindAll(string prepared)
    {
        foreach (Match match in DayMonthYear().Matches(prepared))
        {
            if (Read(match, Number(match.Groups["m"])) is { } mention)
            {
                yield return mention;
            }
        }

        foreach (Match match in Iso().Matches(prepared))
        {
            if (Read(match, Number(match.Groups["m"])) is { } mention)
            {
                yield return mention;
            }
        }

        foreach (Match match in English().Matches(prepared))
        {
            if (Read(match, EnglishMonth(match.Groups["m"].Value)) is { } mention)
            {
                yield return mention;
            }
        }
    }

    private static DateMention? Read(Match match, int month) =>
        ThaiDateMentions.Mention(match, month, Number(match.Groups["d"]), match.Groups["y"].Value);

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>1–12 for an English month name or its first three letters (Sept too), else 0.</summary>
    internal static int EnglishMonth(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        for (var month = 1; month <= 12; month++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant();
            if (key == full || key == full[..3] || (month == 9 && key == "sept"))
            {
                return month;
            }
        }

        return 0;
    }

    // Not inside a longer number, a dotted number (0808.2/4410) or a Latin word (v1.2.24).
    private const string Before = @"(?:" + ThaiDateMentions.Label + @"|(?<![A-Za-z\d./-]))";

    private const string After = @"(?!\d|[./-]\d)";

    internal const string Months =
        "(?<m>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?)";

    // Day, month, year with the same mark between them: 14/3/2568, 14-03-68, 14.03.2568.
    [GeneratedRegex(Before + @"(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})" + After, RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(Before + @"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})" + After, RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // 14 March 2025, 14 Mar. 2025, 14-Mar-2025, 14th March 2025, March 14, 2025: English dates carry a four-digit year.
    [GeneratedRegex(Before + @"(?:(?<d>\d{1,2})(?:st|nd|rd|th)?[\s-]*" + Months + @"[\s-]*,?\s*|" + Months + @"\s*(?<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*)(?<y>\d{4})(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
