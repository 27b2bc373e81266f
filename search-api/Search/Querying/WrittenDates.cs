using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Where a text writes one of the query's dates, in any spelling <see cref="ThaiDateMentions"/> reads (Thai or
/// Arabic digits, full or short month, B.E. in four or two digits), or a day or month of one of its months
/// (<see cref="ThaiMonthMentions"/>), or one of its fiscal years (<see cref="FiscalYearMentions"/>): the query ranks letters that write them, so a hit found that way marks
/// them. The day, month and year are marked, not the ลงวันที่ or เดือน before them.
/// </summary>
public static class WrittenDates
{
    /// <summary>Ranges [start, end) of <see cref="NormalizedText.Original"/>, in text order.</summary>
    public static IEnumerable<(int Start, int End)> Find(NormalizedText text, QueryPlan plan)
    {
        var (dates, months) = (plan.Dates, plan.Months);
        var fiscalYears = FiscalYears(text, plan.FiscalYears);
        if (dates.Count == 0 && months.Count == 0)
        {
            return fiscalYears;
        }

        // Read in the normalised text, as the index read it: repaired marks and stray zero-width characters
        // in a month name do not hide the date.
        var days = ThaiDateMentions.FindAll(text.Text)
            .Where(mention => dates.Contains(mention.Date) || months.Any(month => month.Contains(mention.Date)))
            .Select(mention => (text.ToOriginal(mention.DateIndex), text.ToOriginal(mention.Index + mention.Length)));
        if (months.Count == 0)
        {
            return days.Concat(fiscalYears).OrderBy(range => range.Item1);
        }

        // A month written without a day (ภายในเดือนมีนาคม ๒๕๖๘) is found where the days' dates are not.
        var daysFound = days.ToList();
        var monthsWritten = ThaiMonthMentions.FindAll(text.Text)
            .Where(mention => months.Contains(mention.Month))
            .Select(mention => (Start: text.ToOriginal(mention.MonthIndex), End: text.ToOriginal(mention.Index + mention.Length)))
            .Where(range => !daysFound.Exists(day => day.Item1 < range.End && range.Start < day.Item2));
        return daysFound.Concat(monthsWritten).Concat(fiscalYears).OrderBy(range => range.Item1);
    }

    /// <summary>Where the text writes one of the fiscal years (<c>ปีงบประมาณ พ.ศ. ๒๕๖๘</c>).</summary>
    private static List<(int Start, int End)> FiscalYears(NormalizedText text, IReadOnlyList<int> fiscalYears) =>
        fiscalYears.Count == 0 ? [] : [.. FiscalYearMentions.FindAll(text.Text)
            .Where(mention => fiscalYears.Contains(mention.FiscalYear))
            .Select(mention => (text.ToOriginal(mention.Index), text.ToOriginal(mention.Index + mention.Length)))];
}
