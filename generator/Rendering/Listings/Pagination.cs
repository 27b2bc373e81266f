namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>
/// Splits a list into pages of <see cref="PageSize"/>. Page 1 lives at the group's own URL, page n at
/// <c>page/n/</c> under it. An empty list still has one (empty) page, so the group's URL always exists.
/// </summary>
public static class Pagination
{
    public const int PageSize = 20;

    /// <summary>The folder under a list's first page that holds its later pages.</summary>
    public const string PageSegment = "page";

    public static IReadOnlyList<PageSlice<T>> Split<T>(IReadOnlyList<T> items, string firstPageUrl, int pageSize = PageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        return [.. Enumerable.Range(1, count).Select(number => new PageSlice<T>(
            number,
            count,
            [.. items.Skip((number - 1) * pageSize).Take(pageSize)],
            firstPageUrl,
            pageSize))];
    }

    /// <summary>Site-relative URL of page <paramref name="number"/> of a list whose first page is at <paramref name="firstPageUrl"/>.</summary>
    public static string PageUrl(string firstPageUrl, int number) => number == 1 ? firstPageUrl : $"{firstPageUrl}{PageSegment}/{number}/";
}

/// <summary>One page of a paginated list: its number (from 1), how many pages there are, and its items.</summary>
public sealed record PageSlice<T>(int Number, int Count, IReadOnlyList<T> Items, string FirstPageUrl, int PageSize = Pagination.PageSize)
{
    /// <summary>The place in the whole list of this page's first item, from 1.</summary>
    public int FirstPosition => ((Number - 1) * PageSize) + 1;

    /// <summary>The place in the whole list of this page's last item.</summary>
    public int LastPosition => FirstPosition + Items.Count - 1;

    public string Url => Pagination.PageUrl(FirstPageUrl, Number);

    public string? PreviousUrl => Number > 1 ? Pagination.PageUrl(FirstPageUrl, Number - 1) : null;

    public string? NextUrl => Number < Count ? Pagination.PageUrl(FirstPageUrl, Number + 1) : null;
}
