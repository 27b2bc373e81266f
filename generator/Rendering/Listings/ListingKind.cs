using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Listings;

/// <summary>
/// One way to browse the circulars (by B.E. year, fiscal year, agency, …): a folder of the site
/// (<see cref="Segment"/>) whose index lists its groups, each group a paginated list of circulars.
/// </summary>
/// <param name="Segment">The folder: <c>years</c>, <c>fiscal-years</c>, …</param>
/// <param name="Title">Heading of the kind's index page, e.g. <c>ตามปีงบประมาณ</c>.</param>
/// <param name="FactLabel">How a circular's page names its group of this kind, e.g. <c>ปีงบประมาณ</c>.</param>
/// <param name="KeysOf">The groups one circular belongs to (none, one, or several for tags).</param>
/// <param name="LargestFirst">Groups ordered by size (tags), else by <see cref="GroupKey.Order"/>.</param>
public sealed record ListingKind(
    string Segment,
    string Title,
    string FactLabel,
    Func<Circular, Site, IEnumerable<GroupKey>> KeysOf,
    bool LargestFirst = false)
{
    /// <summary>
    /// What alone decides a circular's groups of this kind (its fiscal year, its agency code, …), or null when
    /// nothing simpler than the circular does. Circulars alike in it share their keys, so a listing builds
    /// each group's key once rather than once per circular.
    /// </summary>
    public Func<Circular, object>? GroupedBy { get; init; }

    /// <summary>A group page's heading when its label alone would not say what is listed (ด่วน), else the label.</summary>
    public Func<GroupKey, string>? Heading { get; init; }

    /// <summary>A line under a group page's heading that explains the group (a fiscal year's dates), or null.</summary>
    public Func<GroupKey, SiteSettings, string?>? Explanation { get; init; }

    /// <summary>Site-relative URL of the kind's index page: <c>years/</c>.</summary>
    public string Url => Segment + "/";

    /// <summary>Site-relative URL of a group's first page; the key is URL-encoded (Thai agency codes and tags).</summary>
    public string GroupUrl(string key) => $"{Segment}/{Uri.EscapeDataString(key)}/";

    /// <summary>The group's folder on disk, where its key is kept as written.</summary>
    public string GroupFolder(string key) => $"{Segment}/{key}/";
}

/// <summary>
/// A group's identity: the URL segment, the label readers see, its place among its siblings, and a shorter
/// label for where the kind is already named (a circular's facts: ปีงบประมาณ ๒๕๖๘ there reads ๒๕๖๘).
/// </summary>
public sealed record GroupKey(string Key, string Label, long Order, string? ShortLabel = null)
{
    public string FactText => ShortLabel ?? Label;
}
