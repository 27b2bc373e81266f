using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Rendering;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>What a link preview (LINE, Facebook, X) and a search engine read from a circular's page.</summary>
[Collection(PortalCollection.Name)]
public sealed class SharePreviewTests(PortalFixture portal)
{
    [Fact]
    public async Task A_circular_shares_its_title_ref_and_date_and_describes_itself_in_json_ld()
    {
        var letter = portal.Seeds.Circular("นพ ๐๐๒๓.๓/ว ๒๗๔");
        var enclosed = portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖");
        var settings = portal.Seeds.Site.Settings;
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + letter.Url);

        // The window's title carries the reference number (forwarded letters share their subject); shares show the subject.
        Assert.Equal($"{letter.Title} (ที่ {Display.Ref(letter.Ref!, settings)}) | {settings.Title}", await page.TitleAsync());
        Assert.Equal("article", await MetaAsync(page, "property", "og:type"));
        Assert.Equal(letter.Title, await MetaAsync(page, "property", "og:title"));
        Assert.Equal(letter.Title, await MetaAsync(page, "name", "twitter:title"));
        Assert.Equal("summary", await MetaAsync(page, "name", "twitter:card"));
        var description = await MetaAsync(page, "property", "og:description");
        Assert.StartsWith($"ที่ {Display.Ref(letter.Ref!, settings)} ลงวันที่ {Display.Date(letter.Date, settings)}", description);
        Assert.Equal(description, await MetaAsync(page, "name", "twitter:description"));
        // baseUrl "/" gives no host, so no canonical is guessed.
        Assert.Equal(0, await page.Locator("link[rel=canonical]").CountAsync());

        using var data = JsonDocument.Parse(await page.Locator("script[type='application/ld+json']").TextContentAsync() ?? "");
        var root = data.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal(letter.Title, root.GetProperty("headline").GetString());
        Assert.Equal(Display.Ref(letter.Ref!, settings), root.GetProperty("identifier").GetString());
        Assert.Equal(letter.Date.ToString("yyyy-MM-dd"), root.GetProperty("datePublished").GetString());
        Assert.Equal("GovernmentOrganization", root.GetProperty("publisher").GetProperty("@type").GetString());
        // The position's two lines ("... ปฏิบัติราชการแทน" / "ผู้ว่าราชการจังหวัด...") are one title, not its first half.
        Assert.Equal("รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดนครพนม", root.GetProperty("author").GetProperty("jobTitle").GetString());
        var cited = root.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("identifier").GetString()).ToList();
        Assert.Contains(cited, c => GeccPortal.Thai.CircularRef.Parse(c!).Normalized == enclosed.Ref?.Normalized);
    }

    [Fact]
    public async Task With_an_absolute_base_url_pages_carry_their_canonical_url()
    {
        var letter = portal.AttachmentSite.Site.Circulars.Single();
        var expected = AttachmentContent.BaseUrl + letter.Url;
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.AttachmentPortal + letter.Url);

        Assert.Equal(expected, await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        Assert.Equal(expected, await MetaAsync(page, "property", "og:url"));
        using var data = JsonDocument.Parse(await page.Locator("script[type='application/ld+json']").TextContentAsync() ?? "");
        Assert.Equal(expected, data.RootElement.GetProperty("url").GetString());
    }

    private static Task<string?> MetaAsync(IPage page, string attribute, string name) =>
        page.Locator($"meta[{attribute}='{name}']").GetAttributeAsync("content");
}
