using System.Globalization;
using System.Text.RegularExpressions;

namespace GeccPortal.Thai;

/// <summary>The outcome of reading a date: the date, or an error; a warning may come with a date.</summary>
public readonly record struct DateParseResult(DateOnly? Date, string? Error, string? Warning)
{
    public bool Success => Date is not null;
}

/// <summary>Buddhist-Era dates as Thai letters print them, and the fiscal year (ปีงบประมาณ).</summary>
public static partial class ThaiDates
{
    public const int BuddhistEraOffset = 543;

    /// <summary>Years at or above this in an ISO date are read as B.E. (2400 B.E. is 1857 CE).</summary>
    internal const int FirstBuddhistYear = 2400;

    public static int BuddhistYear(DateOnly date) => date.Year + BuddhistEraOffset;

    /// <summary>The B.E. year in which the fiscal year ends (FY 2568 = 1 Oct 2567 – 30 Sep 2568).</summary>
    public static int FiscalYear(DateOnly date) => BuddhistYear(date) + (date.Month >= 10 ? 1 : 0);

    /// <summary>The first and last day of a B.E. fiscal year: 2568 runs from 1 October 2024 to 30 September 2025.</summary>
    public static (DateOnly First, DateOnly Last) FiscalYearDates(int fiscalYear)
    {
        var endsIn = fiscalYear - BuddhistEraOffset;
        return (new DateOnly(endsIn - 1, 10, 1), new DateOnly(endsIn, 9, 30));
    }

    /// <summary>
    /// How the error for a date that cannot be read ends: an example of the two forms. A caller that offers the
    /// date the editor meant drops it (an example's date says nothing beside the one meant).
    /// </summary>
    public const string UnreadableDateHint = ": write 2025-01-23 or ๒๓ มกราคม ๒๕๖๘";

    /// <summary><c>๒๓ มกราคม ๒๕๖๘</c>.</summary>
    public static string Format(DateOnly date, DigitStyle style) =>
        ThaiDigits.Format($"{date.Day} {ThaiMonths.Full[date.Month - 1]} {BuddhistYear(date)}", style);

    /// <summary><c>๒๓ ม.ค. ๒๕๖๘</c>.</summary>
    public static string FormatShort(DateOnly date, DigitStyle style) =>
        ThaiDigits.Format($"{date.Day} {ThaiMonths.Abbreviated[date.Month - 1]} {BuddhistYear(date)}", style);

    /// <summary>
    /// Reads an ISO CE date (<c>2025-01-23</c>; a year of 2400 or more is taken as B.E., with a warning) or a
    /// Thai written date (<c>๒๓ มกราคม ๒๕๖๘</c>, <c>23 ม.ค. 2568</c>, optionally after วันที่ / ลงวันที่ / ลว.). A two-digit
    /// year (<c>๒๓ ม.ค. ๖๘</c>) or a date in figures with a B.E. year (<c>๒๓/๑/๒๕๖๘</c>) is read with a warning.
    /// </summary>
    public static DateParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, "date is empty", null);
        }

        var value = ThaiDigits.ToArabic(ThaiTextRepair.Repair(text)).Trim();
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture);
            string? warning = null;
            if (year >= FirstBuddhistYear)
            {
                warning = $"year {year} in '{text}' read as Buddhist Era ({year - BuddhistEraOffset} CE); write ISO dates in CE";
                year -= BuddhistEraOffset;
            }

            return Build(text, year, int.Parse(iso.Groups["m"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture),
                int.Parse(iso.Groups["d"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture), warning);
        }

        var thai = ThaiDate().Match(value);
        if (thai.Success)
        {
            var month = ThaiMonths.Parse(thai.Groups["m"].Value);
            if (month == 0)
            {
                return new(null, $"unknown Thai month '{thai.Groups["m"].Value}' in '{text}'", null);
            }

            var year = int.Parse(thai.Groups["y"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture);
            string? shortYear = null;
            if (thai.Groups["y"].Length == 2)
            {
                // ๖๘ for ๒๕๖๘, as letters cite dates in running text: the B.E. 2500s are the only century in use.
                year += 2500;
                shortYear = $"year '{thai.Groups["y"].Value}' in '{text}' read as {year}; write the year in full";
            }

            if (year < FirstBuddhistYear)
            {
                return new(null, $"year {year} in '{text}' is not a Buddhist-Era year (Thai dates use B.E., e.g. {year + BuddhistEraOffset})", null);
            }

            return Build(text, year - BuddhistEraOffset, month, int.Parse(thai.Groups["d"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture), shortYear);
        }

        // Day/month/B.E. year, as Thai forms write dates in figures (๓/๑/๒๕๖๘): the year says the order is Thai. A CE
        // year leaves day and month ambiguous (03/01/2025), so it stays an error.
        var numeric = NumericBuddhistDate().Match(value);
        if (numeric.Success && int.Parse(numeric.Groups["y"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture) is var buddhistYear
            && buddhistYear >= FirstBuddhistYear)
        {
            var read = Build(text, buddhistYear - BuddhistEraOffset, int.Parse(numeric.Groups["m"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups["d"].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture), null);
            // The date read, not an example: an editor copies the words offered (a fixed ๒๓ มกราคม ๒๕๖๘ was copied over a letter's own date).
            return read.Date is { } date
                ? read with { Warning = $"'{text}' read as day/month/B.E. year, {Format(date, DigitStyle.Thai)}; write it so, or as {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" }
                : read;
        }

        return new(null, $"cannot read date '{text}'{UnreadableDateHint}", null);
    }

    private static DateParseResult Build(string text, int year, int month, int day, string? warning)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1)
        {
            return new(null, $"'{text}' is not a real date", null);
        }

        // A day past the month's end (๓๑ กุมภาพันธ์, ๓๑ เมษายน) is the usual slip: say how many days the month has.
        if (DateTime.DaysInMonth(year, month) is var days && day > days)
        {
            return new(null, $"'{text}' is not a real date: {ThaiMonths.Full[month - 1]} {year + BuddhistEraOffset} has {days} days", null);
        }

        return new(new DateOnly(year, month, day), null, warning);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    /// <summary>
    /// A date written in Thai split into its groups (<c>d</c>, <c>m</c> as written, <c>y</c> as written), whether or not its
    /// month is one this parser knows: for a caller that reads the month another way (an editor's spoken month).
    /// </summary>
    public static Match MatchWritten(string text) => ThaiDate().Match(text);

    [GeneratedRegex(@"^(?:(?:ลงวันที่|วันที่|ลว\.?)\s*)?(?<d>\d{1,2})\s*(?<m>[ก-๏][ก-๏\.\s]*?)\s*(?:พ\.?\s*ศ\.?\s*)?(?<y>\d{4}|\d{2})$")]
    private static partial Regex ThaiDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$")]
    private static partial Regex NumericBuddhistDate();
}
