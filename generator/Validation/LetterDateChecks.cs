using GeccPortal.Generator.Diagnostics;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// A letter's date far from today is most often a slip in its year (๒๕๗๐ or ๒๔๖๘ for ๒๕๖๘): it is read without
/// complaint, and the letter is then filed under another year and fiscal year, and a date ahead of today lists
/// it first on the home page, as the newest, until that day. A warning, as a real date may be odd and right; but a date
/// more than a year ahead is an error (site probe 10: <c>date: 2068-03-01</c> got only the warning, and would have been
/// listed first, as the newest, for 41 years, under its own fiscal year ๒๖๑๑): no letter is dated so far ahead.
/// </summary>
public sealed class LetterDateChecks(DiagnosticBag diagnostics)
{
    /// <summary>Letters are sometimes dated a few days ahead of their sending; a month ahead is a slip.</summary>
    private const int DaysAheadAllowed = 31;

    /// <summary>B.E. 2500 (1957): older letters are no circulars a portal publishes.</summary>
    private const int FirstLikelyBuddhistYear = 2500;

    /// <param name="today">The day of the build: a parameter, so tests can name it.</param>
    public void Check(DateOnly date, SourceLocation location, DateOnly today)
    {
        if (date > today.AddYears(1))
        {
            diagnostics.Error(location,
                $"date {ThaiDates.Format(date, DigitStyle.Thai)} ({date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} CE) is more than a year after today "
                + $"({ThaiDates.Format(today, DigitStyle.Thai)}): no letter is dated so far ahead, and it would be listed first, as the newest, until that day; "
                + "check the year against the letter");
        }
        else if (date > today.AddDays(DaysAheadAllowed))
        {
            diagnostics.Warning(location,
                $"date {ThaiDates.Format(date, DigitStyle.Thai)} is after today ({ThaiDates.Format(today, DigitStyle.Thai)}): a slip in the year? "
                + "Until that day the letter is listed first, as the newest");
        }
        else if (date.Year + ThaiDates.BuddhistEraOffset < FirstLikelyBuddhistYear)
        {
            diagnostics.Warning(location,
                $"date {ThaiDates.Format(date, DigitStyle.Thai)} is in B.E. {date.Year + ThaiDates.BuddhistEraOffset} ({date.Year} CE): a slip in the year?");
        }
    }
}
