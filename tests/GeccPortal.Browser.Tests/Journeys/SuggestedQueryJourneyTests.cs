using System.Text.RegularExpressions;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>A word typed with a slip finds letters only approximately: the search page offers the query as letters write it.</summary>
[Collection(PortalCollection.Name)]
public sealed class SuggestedQueryJourneyTests(PortalFixture portal)
{
    // Every seed letter writes มาตรฐาน; typed without its ร, no letter has the word.
    private const string Meant = "มาตรฐาน";
    private const string Slip = "มาตฐาน";

    [Fact]
    public async Task A_word_with_a_slip_offers_the_word_letters_write_and_the_offer_searches_it()
    {
        Assert.All(portal.Seeds.Site.Circulars, letter => Assert.Contains(Meant, letter.PlainText, StringComparison.Ordinal));
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString(Slip));

        var offer = page.Locator("#search-suggested-query a");
        await Expect(offer).ToHaveTextAsync(Meant);
        await Expect(page.Locator("#search-status")).ToContainTextAsync("ใกล้เคียง");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("หรือท่านหมายถึง " + Meant);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await offer.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=" + Regex.Escape(Uri.EscapeDataString(Meant)) + "($|&)"));
        await Expect(page.Locator("#q")).ToHaveValueAsync(Meant);
        await Expect(page.Locator("#search-results > li")).ToHaveCountAsync(portal.Seeds.Site.Circulars.Count);
        await Expect(page.Locator("#search-suggested-query")).ToHaveCountAsync(0);
        await Expect(page.Locator("#search-status")).Not.ToContainTextAsync("ใกล้เคียง");

        // The offer goes with its search: emptied, the box clears it with the results.
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString(Slip));
        await Expect(offer).ToHaveCountAsync(1);
        await page.Locator("#q").FillAsync("");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#search-suggested-query")).ToHaveCountAsync(0);
    }
}
