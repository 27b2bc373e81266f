using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// On the search page the header's search box carries the words searched for: it stood empty above the page's own
/// box holding them (a probe of the site, 2026-11-29), as if nothing had been searched.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HeaderSearchBoxTests(PortalFixture portal)
{
    [Fact]
    public async Task The_header_box_follows_the_search_from_the_url_typing_and_back()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        var header = page.Locator("#site-q");

        // A search reached from another page's header box (a form submitted to /search/?q=…).
        await page.GotoAsync(portal.Portal + "about/");
        await header.FillAsync("นครพนม");
        await header.PressAsync("Enter");
        await Expect(page.Locator("#q")).ToHaveValueAsync("นครพนม");
        await Expect(header).ToHaveValueAsync("นครพนม");

        // Words typed in the page's box: the header's follows.
        await page.Locator("#q").FillAsync("ศูนย์ราชการสะดวก");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=" + Uri.EscapeDataString("ศูนย์ราชการสะดวก")));
        await Expect(header).ToHaveValueAsync("ศูนย์ราชการสะดวก");

        // A search by filter alone has no words: the header's box is empty again.
        await page.GotoAsync(portal.Portal + "search/?agency=" + Uri.EscapeDataString("มท"));
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        await Expect(header).ToHaveValueAsync("");
        await page.GoBackAsync();
        await Expect(header).ToHaveValueAsync("ศูนย์ราชการสะดวก");
    }
}
