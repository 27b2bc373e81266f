using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;

namespace GeccPortal.Generator.Rendering.Sitemap;

/// <summary>
/// robots.txt: everything may be crawled. The sitemap is named only when the site's full address is known
/// (an absolute baseUrl, or <c>--base-url</c>): the Sitemap line must hold a full URL, and a crawler
/// ignores or rejects a path there.
/// </summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static string Write(SiteSettings settings) =>
        "User-agent: *\nAllow: /\n" + (AbsoluteUrls.For(settings, SitemapXml.Path) is { } sitemap ? $"\nSitemap: {sitemap}\n" : "");
}
