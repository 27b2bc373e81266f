using System.Text.RegularExpressions;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Budgets;

/// <summary>Light pages: size, fonts, requests and scripts, measured in the browser on the built site.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class BudgetTests(PortalFixture portal)
{
    private const int CircularPageBudgetBytes = 40 * 1024;

    [Fact]
    public async Task Every_circular_page_is_under_40_KB_of_html_css_and_js_fonts_aside()
    {
        var overweight = new List<string>();
        foreach (var circular in portal.Seeds.Site.Circulars)
        {
            await using var session = await portal.OpenAsync();
            var sizes = new List<Task<int>>();
            session.Page.Response += (_, response) =>
            {
                if (response.Request.ResourceType is "document" or "stylesheet" or "script")
                {
                    sizes.Add(BodyLengthAsync(response));
                }
            };
            await session.Page.GotoAsync(portal.Portal + circular.Url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var total = (await Task.WhenAll(sizes)).Sum();
            Assert.True(total > 0, "no document was measured");
            if (total >= CircularPageBudgetBytes)
            {
                overweight.Add($"{circular.Url}: {total} bytes");
            }
        }

        Assert.Empty(overweight);
    }

    [Fact]
    public async Task Fonts_are_sarabun_thai_and_latin_subsets_and_sarabun_is_what_renders()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + portal.Seeds.Site.Circulars[0].Url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("() => document.fonts.ready");

        var fonts = session.Requests.Where(url => FontFile().IsMatch(url)).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, url => Assert.Matches(SarabunSubset(), url));
        var loaded = await page.EvaluateAsync<string[]>("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/[\"']/g, ''))");
        Assert.Contains("Sarabun", loaded);
        var bodyFont = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main p')).fontFamily");
        Assert.StartsWith("Sarabun", bodyFont.Trim('"', '\''), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_requests_anything_from_another_host()
    {
        var origin = new Uri(portal.Portal).GetLeftPart(UriPartial.Authority);
        await using var session = await portal.OpenAsync();
        foreach (var relative in SitePages.AllWithSearchResults(portal.Seeds))
        {
            await SitePages.OpenAsync(session.Page, portal.Portal, relative);
            await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        var elsewhere = session.Requests.Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Only_the_search_page_loads_javascript_and_it_loads_one_file()
    {
        var scripts = new Dictionary<string, int>();
        await using var session = await portal.OpenAsync();
        var count = 0;
        session.Page.Request += (_, request) => count += request.ResourceType == "script" ? 1 : 0;
        foreach (var relative in SitePages.All(portal.Seeds))
        {
            count = 0;
            // Deferred scripts are fetched before the load event, so by then every script the page asks for is counted.
            await session.Page.GotoAsync(portal.Portal + relative, new() { WaitUntil = WaitUntilState.Load });
            scripts[relative] = count;
        }

        Assert.Equal(1, scripts["search/"]);
        Assert.All(scripts.Where(pair => pair.Key != "search/"), pair => Assert.True(pair.Value == 0, $"/{pair.Key} loads {pair.Value} script(s)"));
    }

    [Fact]
    public async Task The_site_reads_without_javascript_and_search_says_it_needs_it()
    {
        var letter = portal.Seeds.Circular("นพ ๐๐๒๓.๓/ว ๒๗๔");
        await using var session = await portal.OpenAsync(javaScript: false);
        var page = session.Page;

        await page.GotoAsync(portal.Portal);
        await page.Locator($"main a[href='{portal.Seeds.Site.Settings.Link(letter.Url)}']").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(letter.Title);
        await Expect(page.Locator("main")).ToContainTextAsync(letter.Body.PlainText[..40]);

        // The search form still submits as a plain GET form, and the page carries the note on why results need JavaScript.
        // (Chromium's per-context script switch leaves the HTML parser's scripting flag on, so <noscript> is not
        // rendered here as it is for a reader who turned JavaScript off: its content is checked as markup.)
        await page.GotoAsync(portal.Portal + "search/");
        await page.Locator("#q").FillAsync("นครพนม");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"search/\?q=" + Regex.Escape(Uri.EscapeDataString("นครพนม"))));
        Assert.Contains("ต้องใช้ JavaScript", await page.Locator("noscript").InnerHTMLAsync());
        await Screenshots.SaveAsync(page, "search-without-javascript");
    }

    private static async Task<int> BodyLengthAsync(IResponse response) => (await response.BodyAsync()).Length;

    [GeneratedRegex(@"\.(woff2?|ttf|otf)(\?|$)")]
    private static partial Regex FontFile();

    [GeneratedRegex(@"/sarabun-(thai|latin)-\d{3}-normal\.woff2$")]
    private static partial Regex SarabunSubset();
}
