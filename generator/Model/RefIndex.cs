using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// Finds the circular a citation names, by normalised ref. Circular numbers restart every calendar year,
/// so when the citation carries a date the match must be from that year; without a date, the latest wins.
/// Items without a ref (an announcement without a number) cannot be cited by one, so are left out.
/// </summary>
public sealed class RefIndex<T>
{
    private readonly ILookup<string, T> _byRef;
    private readonly Func<T, DateOnly> _dateOf;

    public RefIndex(IEnumerable<T> items, Func<T, CircularRef?> refOf, Func<T, DateOnly> dateOf)
    {
        _byRef = items.Where(item => refOf(item) is not null).ToLookup(item => refOf(item)!.Normalized, StringComparer.Ordinal);
        _dateOf = dateOf;
    }

    public T? Find(CircularRef? reference, DateOnly? citedDate)
    {
        if (reference is null)
        {
            return default;
        }

        var candidates = _byRef[reference.Normalized].OrderByDescending(_dateOf).ToList();
        if (citedDate is not { } date)
        {
            return candidates.FirstOrDefault();
        }

        return candidates.FirstOrDefault(c => _dateOf(c) == date)
            ?? candidates.FirstOrDefault(c => _dateOf(c).Year == date.Year);
    }
}
