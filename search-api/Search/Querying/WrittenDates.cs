using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Where a text writes one of the query's dates, in any spelling <see cref="ThaiDateMentions"/> reads (Thai or
/// Arabic digits, full or short month, B.E. in four or two digits): the query ranks letters that write the
/// date, so a hit found that way marks it. The day, month and year are marked, not the ลงวันที่ before them.
/// </summary>
public static class WrittenDates
{
    /// <summary>Ranges [start, end) of <see cref="NormalizedText.Original"/>, in text order.</summary>
    public static IEnumerable<(int Start, int End)> Find(NormalizedText text, IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count == 0)
        {
            return [];
        }

        // Read in the normalised text, as the index read it: repaired marks and stray zero-width characters
        // in a month name do not hide the date.
        return ThaiDateMentions.FindAll(text.Text)
            .Where(mention => dates.Contains(mention.Date))
            .Select(mention => (text.ToOriginal(mention.DateIndex), text.ToOriginal(mention.Index + mention.Length)));
    }
}
