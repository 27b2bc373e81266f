using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Planning;

namespace GeccPortal.Generator.Rendering.Feeds;

/// <summary><c>feed.xml</c> for the whole site and <c>agencies/&lt;code&gt;/feed.xml</c> for each agency.</summary>
public static class FeedRenderer
{
    /// <summary>Every feed's file name: the site's at the root, an agency's in its listing's folder.</summary>
    public const string FileName = "feed.xml";

    public const string SiteFeedPath = FileName;

    public static IEnumerable<PlannedFile> Plan(Site site, Listing agencies, PageKeys keys)
    {
        yield return PlannedFile.Text(SiteFeedPath, keys.Feed(SiteFeedPath, site.Settings.Title, site.Circulars),
            () => AtomFeed.Write(site, site.Settings.Title, SiteFeedPath, "", site.Circulars));
        foreach (var group in agencies.Groups)
        {
            var path = group.Kind.GroupFolder(group.Key.Key) + FileName;
            var title = $"{group.Label} | {site.Settings.Title}";
            yield return PlannedFile.Text(path, keys.Feed(path, title, group.Circulars),
                () => AtomFeed.Write(site, title, AgencyFeedUrl(group), group.Url, group.Circulars));
        }
    }

    /// <summary>Site-relative URL of an agency's feed, for links (the key URL-encoded).</summary>
    public static string AgencyFeedUrl(ListingGroup agency) => agency.Url + FileName;
}
