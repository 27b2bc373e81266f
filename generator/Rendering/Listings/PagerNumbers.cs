namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>
/// Which page numbers a pager links: the first, the last, and those near the current page, with a gap
/// where numbers are left out. A listing of 10,000 letters runs to hundreds of pages, and a pager naming
/// every one of them filled a phone's screen on every page.
/// </summary>
public static class PagerNumbers
{
    /// <summary>Pages on each side of the current one that are always linked.</summary>
    public const int Reach = 2;

    /// <returns>Page numbers in order; null where a run of numbers is left out.</returns>
    public static IReadOnlyList<int?> Of(int current, int count)
    {
        var numbers = new List<int?>();
        var previous = 0;
        for (var number = 1; number <= count; number++)
        {
            if (number != 1 && number != count && Math.Abs(number - current) > Reach)
            {
                continue;
            }

            // A gap of one page is that page's number: a "…" would take as much room and say less.
            if (number - previous == 2)
            {
                numbers.Add(previous + 1);
            }
            else if (number - previous > 2)
            {
                numbers.Add(null);
            }

            numbers.Add(number);
            previous = number;
        }

        return numbers;
    }
}
