using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Sharing;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>Full URLs join a plain path to the site root directly; they must read exactly as System.Uri makes them.</summary>
public sealed class AbsoluteUrlsTests
{
    [Theory]
    [InlineData("https://example.go.th/", "")]
    [InlineData("https://example.go.th/", "circulars/2568-mt-0810-3-w76/")]
    [InlineData("https://example.go.th/gecc", "circulars/a/")]
    [InlineData("http://example.go.th/gecc/", "/catalog.json")]
    [InlineData("https://example.go.th/", "tags/งบประมาณ/page/2/")]
    [InlineData("https://example.go.th/", "agencies/มท/feed.xml")]
    [InlineData("https://example.go.th/a/", "./x/../y/")]
    [InlineData("https://example.go.th/a/", "../up/")]
    [InlineData("https://example.go.th/", "a b/c?d=1#e")]
    [InlineData("https://EXAMPLE.go.th:443/", "x//y/")]
    [InlineData("https://example.go.th/", "x/%E0%B8%81/")]
    [InlineData("https://example.go.th/gecc?x=1", "circulars/a/")]
    [InlineData("https://example.go.th/gecc/#top", "circulars/a/")]
    public void A_full_url_reads_as_system_uri_makes_it(string baseUrl, string relative)
    {
        var settings = new SiteSettings("ทดสอบ", baseUrl, "/", DigitStyle.Thai, null);
        var root = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        var expected = new Uri(root, relative.TrimStart('/')).AbsoluteUri;

        Assert.Equal(expected, AbsoluteUrls.For(settings, relative));
        // Asked again, from the cached root.
        Assert.Equal(expected, AbsoluteUrls.For(settings, relative));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gecc/")]
    [InlineData("ftp://example.go.th/")]
    public void A_path_only_or_non_web_base_url_gives_no_full_url(string baseUrl)
    {
        Assert.Null(AbsoluteUrls.For(new SiteSettings("ทดสอบ", baseUrl, "/", DigitStyle.Thai, null), "circulars/a/"));
    }
}
