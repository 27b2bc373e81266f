using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>One group of a listing kind (FY 2568, กระทรวงมหาดไทย, …) with its circulars, newest first.</summary>
public sealed record ListingGroup(ListingKind Kind, GroupKey Key, IReadOnlyList<Circular> Circulars)
{
    public string Label => Key.Label;

    /// <summary>Site-relative URL of the group's first page, for links.</summary>
    public string Url => Kind.GroupUrl(Key.Key);
}

/// <summary>A listing kind with its groups, as its index page shows them.</summary>
public sealed record Listing(ListingKind Kind, IReadOnlyList<ListingGroup> Groups)
{
    /// <summary>Groups the site's circulars (already newest first, so each group is too).</summary>
    public static Listing Build(ListingKind kind, Site site)
    {
        var groups = new Dictionary<string, (GroupKey Key, List<Circular> Circulars)>(StringComparer.Ordinal);
        var keysBySource = new Dictionary<object, GroupKey[]>();
        IEnumerable<GroupKey> KeysOf(Circular circular)
        {
            if (kind.GroupedBy?.Invoke(circular) is not { } source)
            {
                return kind.KeysOf(circular, site);
            }

            if (!keysBySource.TryGetValue(source, out var shared))
            {
                keysBySource[source] = shared = [.. kind.KeysOf(circular, site)];
            }

            return shared;
        }

        foreach (var circular in site.Circulars)
        {
            foreach (var key in KeysOf(circular))
            {
                if (!groups.TryGetValue(key.Key, out var group))
                {
                    group = (key, []);
                    groups.Add(key.Key, group);
                }

                group.Circulars.Add(circular);
            }
        }

        var ordered = kind.LargestFirst
            ? groups.Values.OrderByDescending(g => g.Circulars.Count).ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            : groups.Values.OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Label, StringComparer.Ordinal);
        return new Listing(kind, [.. ordered.Select(g => new ListingGroup(kind, g.Key, g.Circulars))]);
    }

    public static IReadOnlyList<Listing> BuildAll(Site site) => [.. ListingKinds.All.Select(kind => Build(kind, site))];
}
