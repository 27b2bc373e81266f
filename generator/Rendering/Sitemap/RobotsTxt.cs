using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;

namespace GeccPortal.Generator.Rendering.Sitemap;

/// <summary>
/// robots.txt: everything may be crawled; the sitemap is named by its full URL when the site's address is
/// known (the robots.txt rules want a full URL), else by its path.
/// </summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static string Write(SiteSettings settings) =>
        "User-agent: *\nAllow: /\n\nSitemap: " + (AbsoluteUrls.For(settings, SitemapXml.Path) ?? settings.Link(SitemapXml.Path)) + "\n";
}
