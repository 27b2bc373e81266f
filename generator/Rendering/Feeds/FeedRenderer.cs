using GeccPortal.Generator.Model;
using GeccPortal.Generator.Output;
using GeccPortal.Generator.Rendering.Listings;

namespace GeccPortal.Generator.Rendering.Feeds;

/// <summary><c>feed.xml</c> for the whole site and <c>agencies/&lt;code&gt;/feed.xml</c> for each agency.</summary>
public static class FeedRenderer
{
    public const string SiteFeedPath = "feed.xml";

    public static IEnumerable<OutputFile> All(Site site, Listing agencies)
    {
        yield return new TextOutput(SiteFeedPath, AtomFeed.Write(site, site.Settings.Title, SiteFeedPath, "", site.Circulars));
        foreach (var group in agencies.Groups)
        {
            yield return new TextOutput(
                group.Kind.GroupFolder(group.Key.Key) + "feed.xml",
                AtomFeed.Write(site, $"{group.Label} | {site.Settings.Title}", AgencyFeedUrl(group), group.Url, group.Circulars));
        }
    }

    /// <summary>Site-relative URL of an agency's feed, for links (the key URL-encoded).</summary>
    public static string AgencyFeedUrl(ListingGroup agency) => agency.Url + "feed.xml";
}
