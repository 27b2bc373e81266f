using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// The header's menu: on a phone its links fold behind เมนู, so the header leaves the screen to the page, and
/// open from the keyboard without a script; on a wide screen they show in a row with nothing to open.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HeaderMenuTests(PortalFixture portal)
{
    /// <summary>
    /// The header's height at 320 px, in CSS px: it was about 210 (title, the links on two lines, the search box
    /// and the link to the search page) of a 700 px phone screen.
    /// </summary>
    private const double MaxPhoneHeaderHeight = 120;

    private const int MaxTabs = 10;

    [Fact]
    public async Task At_320_px_the_header_is_short_and_its_menu_opens_and_is_followed_by_keyboard()
    {
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "about/");
        await page.EvaluateAsync("() => document.fonts.ready");

        var header = page.Locator("body > header");
        var height = await header.EvaluateAsync<double>("h => h.getBoundingClientRect().height");
        Assert.InRange(height, 1, MaxPhoneHeaderHeight);
        var links = page.Locator(".site-nav a");
        var hrefs = await links.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        Assert.Equal(1 + portal.Seeds.Site.Pages.Count, hrefs.Length);
        await Expect(links.First).ToBeHiddenAsync();
        // The search box stays in sight: it is not folded away with the links.
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "คำค้นหรือเลขที่หนังสือ" })).ToBeVisibleAsync();

        // Skip link, title, then the menu: Enter opens it and Tab goes through its links in order.
        await TabToAsync(page, "document.activeElement.matches('.site-menu > summary')");
        await Expect(page.Locator(".site-menu > summary")).ToHaveAccessibleNameAsync("เมนู");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator(".site-menu").EvaluateAsync<bool>("d => d.open"));
        foreach (var href in hrefs)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal(href, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
            await Expect(page.Locator($".site-nav a[href='{href}']")).ToBeVisibleAsync();
        }

        // Opened, the menu is still a named navigation landmark that axe finds nothing wrong with, and it pushes
        // the page down rather than spilling sideways.
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "เมนูหลัก" })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await Screenshots.SaveAsync(page, "header-menu-320-open");

        // The focused link is followed with Enter.
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(portal.Portal), hrefs[^1]).ToString());
    }

    [Fact]
    public async Task On_a_wide_screen_the_menus_links_show_in_the_header_with_nothing_to_open()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "about/");

        await Expect(page.Locator(".site-menu > summary")).ToBeHiddenAsync();
        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "เมนูหลัก" }).GetByRole(AriaRole.Link);
        await Expect(links).ToHaveCountAsync(1 + portal.Seeds.Site.Pages.Count);
        // In a row beside the title, as before the menu folded on phones.
        var tops = await links.EvaluateAllAsync<double[]>("all => all.map(a => Math.round(a.getBoundingClientRect().top))");
        Assert.Single(tops.Distinct());

        // The title's next stop is the first link: no menu to open on the way.
        await TabToAsync(page, "document.activeElement.matches('.site-title')");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await links.First.GetAttributeAsync("href"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        Assert.Fail($"{MaxTabs} presses of Tab never reached: {condition}");
    }
}
