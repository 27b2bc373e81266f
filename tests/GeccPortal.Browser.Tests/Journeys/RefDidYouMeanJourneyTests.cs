using System.Text.RegularExpressions;

using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>A ref typed with two digits swapped finds no letter: the search page offers the letter it meant as a link.</summary>
[Collection(PortalCollection.Name)]
public sealed class RefDidYouMeanJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_ref_with_two_digits_swapped_offers_the_letter_it_meant_apart_from_the_results()
    {
        var (letter, mistyped) = Mistyped(portal.Seeds.Site.Circulars);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");

        await page.Locator("#ref").FillAsync(mistyped);
        await page.Locator("#ref").PressAsync("Enter");

        var offered = page.Locator("#search-did-you-mean a");
        await Expect(offered).ToHaveCountAsync(1);
        await Expect(offered).ToHaveAttributeAsync("href", portal.Seeds.Site.Settings.Link(letter.Url));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("ใกล้เคียง");
        await Expect(page.Locator("#search-results a[href='" + portal.Seeds.Site.Settings.Link(letter.Url) + "']")).ToHaveCountAsync(0);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await Screenshots.SaveAsync(page, "ref-did-you-mean");

        // The offer goes with the search it belongs to: the wrong ref cleared (a ref left in its box is searched
        // with the words), a search by words alone shows no offer.
        await page.Locator("#ref").FillAsync("");
        await page.Locator("#q").FillAsync(letter.Title);
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q="));
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-did-you-mean")).ToHaveCountAsync(0);

        // A shared ?ref= link offers it too, and the offer opens the letter.
        await page.GotoAsync(portal.Portal + "search/?ref=" + Uri.EscapeDataString(mistyped));
        await page.Locator("#search-did-you-mean a").ClickAsync();
        await Expect(page).ToHaveURLAsync(portal.Portal + letter.Url);
    }

    /// <summary>A letter, and its ref with the running number's last two digits swapped where no letter has that ref.</summary>
    private static (Circular Letter, string Mistyped) Mistyped(IEnumerable<Circular> circulars)
    {
        var all = circulars.ToList();
        foreach (var (letter, own) in all.Where(c => c.Ref is not null).Select(c => (c, c.Ref!)))
        {
            var number = own.Number;
            if (number.Length < 2 || number[^1] == number[^2] || number[^1] == '0')
            {
                continue;
            }

            var swapped = new CircularRef(own.Agency, own.Committee, own.Office, own.IsCircular,
                $"{number[..^2]}{number[^1]}{number[^2]}");
            if (all.All(other => other.Ref?.Normalized != swapped.Normalized))
            {
                return (letter, swapped.Format(DigitStyle.Arabic));
            }
        }

        throw new InvalidOperationException("no letter whose running number can be mistyped by a swap");
    }
}
