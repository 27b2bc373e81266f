using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Accessibility;

/// <summary>
/// WCAG checks on every page the build makes (home, letters, plain pages, search, listings and error pages
/// when there are any; axe, the slowest, on one page of each kind) and on the search page with results.
/// Each test visits them all and reports every failure.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_kind_of_page()
    {
        var failures = await OnPagesAsync(SitePages.OnePerKindWithSearchResults(portal.Seeds), 1280, async page => await Axe.SeriousViolationsAsync(page));
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Pages_are_thai_with_headings_in_order_labelled_controls_and_links_that_make_sense_alone()
    {
        var failures = await OnEveryPageAsync(1280, async page => JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(StructureCheck))!);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_page_reflows_at_320_px_without_horizontal_scrolling()
    {
        var failures = await OnEveryPageAsync(320, async page =>
        {
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            return widths[0] > widths[1] ? [$"content is {widths[0]} px wide in a {widths[1]} px viewport"] : [];
        });
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_letter_prints_on_a4_without_the_site_header()
    {
        var letter = portal.Seeds.Circular("นพ ๐๐๒๓.๓/ว ๒๗๔");
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + letter.Url);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('body > header')).display"));
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = letter.Title }).IsVisibleAsync());

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text);
        // A4 is 595 × 842 points; every page box of the preview must be that size.
        var boxes = System.Text.RegularExpressions.Regex.Matches(text, @"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 596);
            Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        });
        await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(RepositoryFolders.Screenshots).FullName, "letter-print-a4.pdf"), pdf);
    }

    // lang, one h1 first, no skipped heading level, every form control named, no link without a name or with
    // a name that means nothing alone.
    private const string StructureCheck = """
        () => {
          const problems = [];
          if (document.documentElement.lang !== "th") problems.push(`html lang is "${document.documentElement.lang}"`);
          const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
            .filter(h => h.getClientRects().length > 0)
            .map(h => ({ level: +h.tagName[1], text: h.textContent.trim().slice(0, 40) }));
          if (levels.filter(h => h.level === 1).length !== 1) problems.push(`${levels.filter(h => h.level === 1).length} h1 elements`);
          if (levels.length && levels[0].level !== 1) problems.push(`first heading is h${levels[0].level} "${levels[0].text}"`);
          for (let i = 1; i < levels.length; i++) {
            if (levels[i].level > levels[i - 1].level + 1) problems.push(`h${levels[i - 1].level} then h${levels[i].level} "${levels[i].text}"`);
          }
          for (const control of document.querySelectorAll("input:not([type=hidden]), select, textarea, button")) {
            const named = control.labels?.length || control.getAttribute("aria-label") || control.getAttribute("aria-labelledby")
              || (control.tagName === "BUTTON" && control.textContent.trim());
            if (!named) problems.push(`unlabelled control ${control.outerHTML.slice(0, 80)}`);
          }
          const vague = ["คลิก", "คลิกที่นี่", "ที่นี่", "อ่านต่อ", "เพิ่มเติม", "click here", "here", "more", "read more", "link"];
          for (const link of document.querySelectorAll("a[href]")) {
            const name = (link.getAttribute("aria-label") || link.textContent).trim();
            if (!name) problems.push(`link without text to ${link.getAttribute("href")}`);
            else if (vague.includes(name.toLowerCase())) problems.push(`link text "${name}" means nothing alone`);
          }
          return JSON.stringify(problems);
        }
        """;

    private Task<List<string>> OnEveryPageAsync(int width, Func<IPage, Task<IReadOnlyList<string>>> check) =>
        OnPagesAsync(SitePages.AllWithSearchResults(portal.Seeds), width, check);

    private async Task<List<string>> OnPagesAsync(IReadOnlyList<string> pages, int width, Func<IPage, Task<IReadOnlyList<string>>> check)
    {
        var failures = new List<string>();
        await using var session = await portal.OpenAsync(width);
        foreach (var relative in pages)
        {
            await SitePages.OpenAsync(session.Page, portal.Portal, relative);
            failures.AddRange((await check(session.Page)).Select(problem => $"/{relative}: {problem}"));
        }

        return failures;
    }
}
