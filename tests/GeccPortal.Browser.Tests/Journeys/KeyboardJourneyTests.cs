using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Rendering;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>The whole journey with the keyboard only: header search, results, a letter, its enclosure; focus always visible.</summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardJourneyTests(PortalFixture portal)
{
    private const int MaxTabs = 40;

    [Fact]
    public async Task Search_read_and_follow_an_enclosure_by_keyboard_only()
    {
        var province = portal.Seeds.Circular("นพ ๐๐๒๓.๓/ว ๒๗๔");
        var enclosed = portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖");
        var settings = portal.Seeds.Site.Settings;
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal);

        await TabToAsync(page, "document.activeElement.type === 'search'");
        await page.Keyboard.TypeAsync("นครพนม");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("search/\\?q="));
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();

        var letterHref = settings.Link(province.Url);
        await TabToAsync(page, $"document.activeElement.closest('#search-results') !== null && document.activeElement.getAttribute('href') === '{letterHref}'");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(portal.Portal + province.Url);

        var enclosureName = $"ที่ {Display.Ref(enclosed.Ref!, settings)} ลงวันที่ {Display.Date(enclosed.Date, settings)}";
        await TabToAsync(page, $"document.activeElement.textContent.trim() === '{enclosureName}'");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(portal.Portal + enclosed.Url);
        await Screenshots.SaveAsync(page, "keyboard-only");
    }

    /// <summary>Presses Tab until the condition holds, checking on the way that every focused element shows a visible outline.</summary>
    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string>("""
                () => {
                  const el = document.activeElement;
                  const style = getComputedStyle(el);
                  const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
                  return (visible ? "" : "no visible focus on ") + el.outerHTML.slice(0, 120);
                }
                """);
            Assert.DoesNotContain("no visible focus", focus);
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        Assert.Fail($"{MaxTabs} presses of Tab never reached: {condition}");
    }
}
