using System.Text.RegularExpressions;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// A table in a letter's body, as a phone's keyboard user and a clerk printing on A4 meet it (site probe,
/// 2026-11-29): at 320 px its hidden columns are reached and scrolled from the keyboard, and it is still a table to
/// a screen reader; on paper no row is cut across two sheets.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class BodyTableTests(PortalFixture portal)
{
    [Fact]
    public async Task At_320_px_a_wide_table_is_reached_with_tab_and_scrolled_with_the_arrow_keys()
    {
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(Url);

        var region = page.GetByRole(AriaRole.Region, new() { Name = "ตาราง", Exact = true });
        Assert.True(await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the table is wider than the phone");
        Assert.True(await region.GetByRole(AriaRole.Table).IsVisibleAsync());
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        // Tab from the last link before the table reaches the table's box next, and the arrow key scrolls it.
        for (var i = 0; i < 60 && !await region.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await region.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the table");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0");
    }

    [Fact]
    public async Task A_table_longer_than_a_sheet_prints_each_row_on_one_sheet_with_its_header_on_each()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, Url);
        var pdf = await Printing.PdfAsync(page);
        var sheets = Printing.PageCount(pdf);
        Assert.True(sheets >= 2, $"the table fills {sheets} sheet(s)");

        var rowsSeen = 0;
        for (var sheet = 1; sheet <= sheets; sheet++)
        {
            var text = Printing.Text(pdf, sheet);
            var starts = RowStart().Matches(text).Select(m => m.Groups[1].Value).ToList();
            var ends = RowEnd().Matches(text).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(starts, ends);
            rowsSeen += starts.Count;
            if (starts.Count > 0)
            {
                Assert.Contains("ปี ๒๕๖๗ (บาท)", text);
            }
        }

        Assert.Equal(30, rowsSeen);
    }

    private string Url => portal.LetterFormPortal + portal.LetterFormSite.Circular(LetterFormContent.Table).Url;

    [GeneratedRegex(@"R(\d\d)A")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"R(\d\d)Z")]
    private static partial Regex RowEnd();
}
