using System.Globalization;
using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// The reading of a date the parser refuses but an editor plainly meant (an editors' probe, 2026-11-29): figures
/// joined by dashes or dots (<c>26-03-2568</c>, <c>26.03.2568</c>), figures with a C.E. year whose day cannot be a
/// month (<c>26/03/2025</c>), a month as it is spoken (<c>๑๔ เมษา ๒๕๖๘</c>, a name missing its last letters), and (site
/// probe 8) an ISO date with day and month swapped (<c>2025-25-08</c>), the year typed first (<c>๒๕๖๘ สิงหาคม ๑๕</c>), or
/// a C.E. year after a Thai month (<c>๑ สิงหาคม ๒๐๒๕</c>). The
/// date is only offered, never taken: the error stays, naming the YAML to write. Site probe 10 added a time typed
/// after the date (<c>2025-03-05 10:30</c>, a YAML timestamp, <c>… เวลา ๑๐.๓๐ น.</c>). Figures with both numbers 12 or
/// under and a C.E. year have no one reading (03/04/2025 is March or April by the writer's habit): both are offered
/// (<see cref="EitherWay"/>), where the error named only an example date.
/// </summary>
public static partial class DateSuggestions
{
    private const int BuddhistEraOffset = 543;
    private const int FirstBuddhistYear = 2400;

    /// <summary>The date <paramref name="text"/> most likely means, or null when there is no one reading.</summary>
    public static DateOnly? For(string text)
    {
        var value = ThaiDigits.ToArabic(ThaiTextRepair.Repair(text)).Trim();
        if (TimeAfter().Match(value) is { Success: true } timed)
        {
            // 2025-03-05 10:30, 2025-03-05T10:30:00Z, ๕ มีนาคม ๒๕๖๘ เวลา ๑๐.๓๐ น.: a time typed after the date (site probe 10).
            var day = timed.Groups["date"].Value;
            return ThaiDates.Parse(day) is { Error: null, Date: { } read } ? read : For(day);
        }

        if (Figures().Match(value) is { Success: true } figures)
        {
            var (day, month, year) = (Number(figures.Groups["d"]), Number(figures.Groups["m"]), Number(figures.Groups["y"]));
            // A B.E. year says the order is Thai, day first; with a C.E. year only a day above 12 does, or a day equal to
            // the month (05/05/2025), which reads the same either way round.
            return year >= FirstBuddhistYear ? Real(year - BuddhistEraOffset, month, day)
                : (day > 12 || day == month) && year is >= 1900 and < FirstBuddhistYear ? Real(year, month, day) : null;
        }

        if (IsoDayFirst().Match(value) is { Success: true } iso)
        {
            // 2025-25-08: the day, which cannot be a month, was typed where ISO puts the month.
            var (year, day, month) = (Number(iso.Groups["y"]), Number(iso.Groups["d"]), Number(iso.Groups["m"]));
            return day > 12 ? Real(year >= FirstBuddhistYear ? year - BuddhistEraOffset : year, month, day) : null;
        }

        if (YearFirst().Match(value) is { Success: true } yearFirst)
        {
            // ๒๕๖๘ สิงหาคม ๑๕: the year typed first, as in ISO.
            return ThaiDates.Parse($"{yearFirst.Groups["d"].Value} {yearFirst.Groups["m"].Value} {yearFirst.Groups["y"].Value}").Date;
        }

        if (ThaiDates.MatchWritten(value) is { Success: true } written && Number(written.Groups["y"]) is >= 1900 and < FirstBuddhistYear
            && written.Groups["y"].Length == 4 && MonthOf(written.Groups["m"].Value) is { } month1)
        {
            // ๑ สิงหาคม ๒๐๒๕: a C.E. year with a Thai month name.
            return Real(Number(written.Groups["y"]), month1, Number(written.Groups["d"]));
        }

        if (ThaiDates.MatchWritten(value) is { Success: true } spoken && MonthStartingWith(spoken.Groups["m"].Value) is { } month2)
        {
            var year = Number(spoken.Groups["y"]);
            year = spoken.Groups["y"].Length == 2 ? year + 2500 : year;
            return year >= FirstBuddhistYear ? Real(year - BuddhistEraOffset, month2, Number(spoken.Groups["d"])) : null;
        }

        return null;
    }

    /// <summary>
    /// Figures with a C.E. year and both numbers 12 or under (<c>05/03/2025</c>): the two readings, day first and month
    /// first, which the error offers instead of an example date; null for any other text.
    /// </summary>
    public static (DateOnly DayFirst, DateOnly MonthFirst)? EitherWay(string text)
    {
        var value = ThaiDigits.ToArabic(ThaiTextRepair.Repair(text)).Trim();
        if (TimeAfter().Match(value) is { Success: true } timed)
        {
            value = timed.Groups["date"].Value; // 05/03/2025 10:30: the time aside, the day and month still either way
        }

        if (Figures().Match(value) is not { Success: true } figures)
        {
            return null;
        }

        var (a, b, year) = (Number(figures.Groups["d"]), Number(figures.Groups["m"]), Number(figures.Groups["y"]));
        return a != b && year is >= 1900 and < FirstBuddhistYear && Real(year, b, a) is { } dayFirst && Real(year, a, b) is { } monthFirst
            ? (dayFirst, monthFirst)
            : null;
    }

    /// <summary>The sentence added to the error for <see cref="EitherWay"/>: both dates, each in both forms the YAML takes.</summary>
    public static string OfferEither((DateOnly DayFirst, DateOnly MonthFirst) dates, string key) =>
        $"; with a C.E. year the day and the month could be either way round: write {YamlKey(key)}: {ThaiDates.Format(dates.DayFirst, DigitStyle.Thai)} "
        + $"({dates.DayFirst.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) or {YamlKey(key)}: {ThaiDates.Format(dates.MonthFirst, DigitStyle.Thai)} "
        + $"({dates.MonthFirst.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}), as the letter has it";

    /// <summary>The sentence added to the error: the date in both forms the YAML takes.</summary>
    public static string Offer(DateOnly date, string key) =>
        $"; did you mean {ThaiDates.Format(date, DigitStyle.Thai)}? write {YamlKey(key)}: {ThaiDates.Format(date, DigitStyle.Thai)} (or {YamlKey(key)}: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

    /// <summary>The key as written in the file: <c>reference date</c> is a reference's <c>date</c>.</summary>
    private static string YamlKey(string key) => key.EndsWith(" date", StringComparison.Ordinal) ? "date" : key;

    /// <summary>The one month whose full name starts with <paramref name="spoken"/> (<c>เมษา</c>, <c>พฤศจิกา</c>), else null.</summary>
    private static int? MonthStartingWith(string spoken)
    {
        var word = spoken.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (word.Length < 3)
        {
            return null;
        }

        var months = Enumerable.Range(0, 12).Where(i => ThaiMonths.Full[i].StartsWith(word, StringComparison.Ordinal)).ToList();
        return months.Count == 1 ? months[0] + 1 : null;
    }

    /// <summary>A month's full or abbreviated name as written, else null.</summary>
    private static int? MonthOf(string name)
    {
        var month = ThaiMonths.Parse(name.Trim());
        return month is >= 1 and <= 12 ? month : null;
    }

    private static DateOnly? Real(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[-./]\s*(?<m>\d{1,2})\s*[-./]\s*(?<y>\d{4})$")]
    private static partial Regex Figures();

    // A date, then a time: 10:30, 10.30 น., T10:30:00Z, เวลา 10.30 น., with seconds or a zone.
    [GeneratedRegex(@"^(?<date>.*\d)(?:\s+|T)(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:น\.?|Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<d>\d{1,2})-(?<m>\d{1,2})$")]
    private static partial Regex IsoDayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})\s+(?<m>[\u0E00-\u0E4F.\s]+?)\s+(?<d>\d{1,2})$")]
    private static partial Regex YearFirst();
}
