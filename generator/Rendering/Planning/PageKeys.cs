using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Feeds;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Pages;

namespace GeccPortal.Generator.Rendering.Planning;

/// <summary>
/// The render key of each kind of page: the site's settings stamp, the page's identity, and the stamp of
/// every circular whose text the page shows. A page that shows a circular's title must change when that
/// circular's file changes, so each key names all of them: a circular's page also names the letters it cites
/// and those that cite it; a listing page names its items, its page number and the group's size. A page that
/// shows only the newest letters (home, feeds, search) names only those, so editing an older letter leaves
/// them unrendered: in a 10,000-letter site that spared some 100 bodies converted for excerpts.
/// </summary>
public sealed class PageKeys(Site site)
{
    private readonly Lazy<string> _everything = new(() => RenderKey.Of("all").Add(site.SettingsStamp)
        .AddAll(site.Circulars.Select(c => c.Stamp)).ToString());

    /// <summary>For files that show every circular (the catalogs): any change remakes them.</summary>
    public string Everything(string path) => RenderKey.Of("global").Add(_everything.Value).Add(path).ToString();

    /// <summary>The home page: the newest circulars (see <see cref="HomePage.LatestCount"/>) and every listing's groups with their sizes.</summary>
    public string Home(string path, IReadOnlyList<Listing> listings)
    {
        var key = RenderKey.Of("home").Add(site.SettingsStamp).Add(path)
            .AddAll(site.Circulars.Take(HomePage.LatestCount).Select(c => c.Stamp));
        foreach (var listing in listings)
        {
            key.Add(listing.Kind.Url).AddAll(GroupSizes(listing));
        }

        return key.ToString();
    }

    /// <summary>
    /// The search page: the newest lettered ref as its example (<see cref="SearchPage.ExampleCircular"/>), the names of the agencies that have
    /// circulars (<see cref="SearchLabels"/>; the names are settings, the agencies are the agency listing's groups)
    /// and the fiscal years its filter offers (the fiscal-year listing's groups).
    /// </summary>
    public string Search(string path, Listing agencies, Listing fiscalYears) => RenderKey.Of("search").Add(site.SettingsStamp).Add(path)
        .Add(SearchPage.ExampleCircular(site)?.Stamp).AddAll(agencies.Groups.Select(g => g.Key.Key))
        .AddAll(fiscalYears.Groups.Select(g => g.Key.Key)).ToString();

    /// <summary>For pages that show no circular (404, plain pages, robots.txt).</summary>
    public string SettingsOnly(string path) => RenderKey.Of("settings").Add(site.SettingsStamp).Add(path).ToString();

    public string Circular(Circular circular)
    {
        var key = RenderKey.Of("circular").Add(site.SettingsStamp).Add(circular.Url).Add(circular.Stamp);
        key.AddAll(circular.References.Select(r => r.Target?.Stamp));
        key.AddAll(circular.Enclosures.Select(e => e.Target?.Stamp));
        key.AddAll(circular.CitedBy.Select(c => c.Stamp));
        return key.ToString();
    }

    public static string Attachment(string circularKey, Attachment file) =>
        RenderKey.Of("attachment").Add(circularKey).Add(file.FileName).ToString();

    /// <summary>A copied attachment: the circular's stamp already covers the file's size and time.</summary>
    public static string CopiedFile(Circular circular, Attachment file) =>
        RenderKey.Of("copy").Add(circular.Stamp).Add(file.SourcePath).Add(file.SizeBytes).ToString();

    public string ListingIndex(Listing listing) => RenderKey.Of("listing-index").Add(site.SettingsStamp).Add(listing.Kind.Url)
        .AddAll(GroupSizes(listing)).ToString();

    public string ListingPage(ListingGroup group, PageSlice<Circular> slice) => RenderKey.Of("listing").Add(site.SettingsStamp)
        .Add(slice.Url).Add(group.Label).Add(group.Circulars.Count).Add(slice.Number).Add(slice.Count)
        .AddAll(slice.Items.Select(c => c.Stamp)).ToString();

    /// <summary>A page of the list of every circular: its items, its place, and the total it states.</summary>
    public string AllCircularsPage(PageSlice<Circular> slice, int total) => RenderKey.Of("all-circulars").Add(site.SettingsStamp)
        .Add(slice.Url).Add(total).Add(slice.Number).Add(slice.Count).AddAll(slice.Items.Select(c => c.Stamp)).ToString();

    /// <summary>A feed (the site's, or an agency's) shows its title and its newest <see cref="AtomFeed.MaxEntries"/> circulars.</summary>
    public string Feed(string path, string title, IEnumerable<Circular> newestFirst) => RenderKey.Of("feed").Add(site.SettingsStamp)
        .Add(path).Add(title).AddAll(newestFirst.Take(AtomFeed.MaxEntries).Select(c => c.Stamp)).ToString();

    /// <summary>Each group's link, name and size, as a listing's index and the home page show them.</summary>
    private static IEnumerable<string> GroupSizes(Listing listing) =>
        listing.Groups.Select(g => $"{g.Url}\t{g.Label}\t{g.Circulars.Count}");

    /// <summary>A bundled asset changes only with the generator build, which the settings stamp covers.</summary>
    public string Asset(string path) => SettingsOnly(path);
}
