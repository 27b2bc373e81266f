using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>Finding one's way: the list of every circular, the footer's links, the header's way to the search page, the skip link.</summary>
[Collection(PortalCollection.Name)]
public sealed class NavigationJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task The_home_page_leads_to_the_list_of_every_circular_newest_first()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal);

        await page.GetByRole(AriaRole.Link, new() { Name = "ดูหนังสือเวียนทั้งหมด" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(portal.Portal + "circulars/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("หนังสือเวียนทั้งหมด");
        var hrefs = await page.Locator("main .circular-summary .title").EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        Assert.Equal(portal.Seeds.Site.Circulars.OrderByDescending(c => c.Date).Select(Link), hrefs);
        // The main menu names it too, as the page one is on.
        await Expect(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "หนังสือเวียนทั้งหมด" })).ToHaveAttributeAsync("aria-current", "page");
        await Screenshots.SaveAsync(page, "all-circulars");
    }

    [Fact]
    public async Task Every_footer_link_resolves_and_the_feed_is_served_as_atom()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "contact/");

        var footer = page.GetByRole(AriaRole.Contentinfo);
        await Expect(footer).ToBeVisibleAsync();
        var links = await footer.Locator("a[href]").EvaluateAllAsync<string[]>("all => all.map(a => a.href)");
        Assert.True(links.Length >= 6, string.Join(", ", links));
        foreach (var link in links)
        {
            var response = await page.APIRequest.GetAsync(link);
            Assert.True(response.Ok, $"{link}: {response.Status}");
        }

        var feed = await page.APIRequest.GetAsync(await footer.GetByRole(AriaRole.Link, new() { Name = "ติดตามด้วย Atom feed" }).EvaluateAsync<string>("a => a.href"));
        Assert.StartsWith("application/atom+xml", feed.Headers["content-type"], StringComparison.Ordinal);
        await Expect(footer).ToContainTextAsync("ผู้ดูแลเว็บไซต์: " + portal.Seeds.Site.Settings.Operator!.Name);
    }

    [Fact]
    public async Task The_header_leads_to_the_search_page_and_its_reference_box()
    {
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "about/");

        await page.GetByRole(AriaRole.Link, new() { Name = "ค้นหาขั้นสูง / ค้นจากเลขที่หนังสือ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(portal.Portal + "search/");
        await Expect(page.GetByLabel("เลขที่หนังสือ", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_skip_links_focus_ring_is_white_on_the_blue_header()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal);

        await page.Keyboard.PressAsync("Tab");

        var ring = await page.EvaluateAsync<string[]>("""
            () => {
              const el = document.activeElement, style = getComputedStyle(el);
              return [el.className, style.outlineStyle, style.outlineColor, getComputedStyle(document.querySelector('.site-header')).backgroundColor];
            }
            """);
        Assert.Equal("skip-link", ring[0]);
        Assert.Equal("solid", ring[1]);
        Assert.Equal("rgb(255, 255, 255)", ring[2]);
        Assert.Equal("rgb(29, 78, 137)", ring[3]);
    }

    [Fact]
    public async Task At_320_px_the_breadcrumb_keeps_the_letters_ref_on_one_line()
    {
        // The memo's ref is the longest of the seed letters'.
        var memo = portal.Seeds.Circular("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒");
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.Portal + memo.Url);

        var current = page.Locator("nav.breadcrumb [aria-current=page]");
        await Expect(current).ToHaveTextAsync(Display.RefLine(memo.Ref, portal.Seeds.Site.Settings));
        // An inline box broken over two lines has two client rectangles.
        Assert.Equal(1, await current.EvaluateAsync<int>("e => e.getClientRects().length"));
    }

    [Fact]
    public async Task At_320_px_the_ref_boxs_hint_keeps_its_example_and_its_words_whole()
    {
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");

        var hint = page.Locator("#ref-hint");
        await Expect(hint).ToContainTextAsync("ใช้ได้ทั้งเลขไทยและเลขอารบิก");
        // The hint wraps at 320 px; neither the example ref nor เลขอารบิก is broken across its lines.
        Assert.True(await hint.EvaluateAsync<int>("e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))") > 1);
        var parts = hint.Locator(".ref, .whole");
        await Expect(parts).ToHaveCountAsync(2);
        var rects = await parts.EvaluateAllAsync<int[]>("all => all.map(e => e.getClientRects().length)");
        Assert.Equal([1, 1], rects);
    }

    private string Link(Circular circular) => portal.Seeds.Site.Settings.Link(circular.Url);
}
