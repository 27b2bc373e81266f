using System.Text.RegularExpressions;

using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;
using GeccPortal.Thai;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>The search page against the real search API: as-you-type results, references, facets, history, and the API down.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchJourneyTests(PortalFixture portal)
{
    private const string NakhonPhanomLetter = "นพ ๐๐๒๓.๓/ว ๒๗๔";

    [Fact]
    public async Task Typing_thai_text_shows_highlighted_snippets_and_the_url_keeps_the_query()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");

        // No Enter: results must come from typing alone.
        await page.Locator("#q").PressSequentiallyAsync("นครพนม", new() { Delay = 40 });

        var hits = page.Locator("#search-results > li");
        await Expect(hits.First).ToBeVisibleAsync();
        await Expect(hits.First.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", Link(portal.Seeds.Circular(NakhonPhanomLetter)));
        var marks = page.Locator("#search-results mark");
        Assert.True(await marks.CountAsync() > 0, "no <mark> in the snippets");
        Assert.Contains("นครพนม", await marks.AllTextContentsAsync());
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=" + Regex.Escape(Uri.EscapeDataString("นครพนม"))));
        // The window's title names the search, so tabs and history entries tell searches apart.
        await Expect(page).ToHaveTitleAsync(new Regex("^“นครพนม” - ค้นหาหนังสือเวียน"));

        // The URL alone brings the same results back: it can be shared.
        await page.ReloadAsync();
        await Expect(page.Locator("#q")).ToHaveValueAsync("นครพนม");
        await Expect(hits.First.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", Link(portal.Seeds.Circular(NakhonPhanomLetter)));
        await Screenshots.SaveAsync(page, "search-thai-text");
    }

    [Fact]
    public async Task Words_with_a_slip_show_the_nearest_letters_and_say_they_are_not_exact()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("นครพนบ"));

        await Expect(page.Locator("#search-status")).ToContainTextAsync("ไม่พบผลที่ตรงทุกคำ แสดงผลที่ใกล้เคียง");
        await Expect(page.Locator("#search-results > li").First.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", Link(portal.Seeds.Circular(NakhonPhanomLetter)));

        // Found as typed: no such notice.
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("นครพนม"));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("พบ");
        await Expect(page.Locator("#search-status")).Not.ToContainTextAsync("ใกล้เคียง");
    }

    [Theory]
    [InlineData("thai-digits", NakhonPhanomLetter)]
    [InlineData("arabic-digits", "นพ 0023.3/ว 274")]
    [InlineData("arabic-digits-no-spaces", "นพ0023.3/ว274")]
    public async Task A_reference_number_in_the_ref_box_lands_on_its_letter(string name, string typed)
    {
        var letter = portal.Seeds.Circular(NakhonPhanomLetter);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");

        await page.Locator("#ref").PressSequentiallyAsync(typed, new() { Delay = 20 });
        await page.Locator("#ref").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(portal.Portal + letter.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(letter.Title);
        await Screenshots.SaveAsync(page, "ref-" + name);
    }

    [Fact]
    public async Task A_number_two_years_share_lists_both_letters_instead_of_opening_one()
    {
        var site = portal.RecurringSite.Site;
        var sharing = site.Circulars.Where(c => c.Ref?.Normalized == CircularRef.Parse(RecurringRefContent.Ref).Normalized).ToList();
        Assert.Equal(2, sharing.Count);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.RecurringPortal + "search/");

        await page.Locator("#ref").FillAsync("มท 0808.2/ว 12");
        await page.Locator("#ref").PressAsync("Enter");

        // Still on the search page, with both years' letters first (the letter of the next number is not among them).
        var links = page.Locator("#search-results > li").GetByRole(AriaRole.Link);
        await Expect(links.Nth(1)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/search/"));
        var hrefs = (await links.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))")).Take(2);
        Assert.Equal(sharing.Select(Link).Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));
        // The number stays in its box and in the URL as ref, not moved to the words.
        await Expect(page.Locator("#ref")).ToHaveValueAsync("มท 0808.2/ว 12");
        await Expect(page.Locator("#q")).ToHaveValueAsync("");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]ref="));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("สำหรับเลขที่หนังสือ “มท 0808.2/ว 12”");
        await Screenshots.SaveAsync(page, "ref-recurring-number");
    }

    [Fact]
    public async Task Reference_suggestions_appear_from_the_first_digits()
    {
        var letter = portal.Seeds.Circular(NakhonPhanomLetter);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");

        await page.Locator("#ref").PressSequentiallyAsync("นพ ๐๐", new() { Delay = 30 });

        var options = page.Locator("#ref-suggestions option");
        await Expect(options.First).ToBeAttachedAsync();
        var offered = await options.EvaluateAllAsync<string[]>("all => all.map(o => o.value)");
        Assert.Contains(offered, value => CircularRef.TryParse(value, out var parsed) && parsed.Normalized == letter.Ref?.Normalized);
    }

    [Fact]
    public async Task Facets_filter_by_agency_and_by_year_and_back_restores_each_step()
    {
        var settings = portal.Seeds.Site.Settings;
        var all = portal.Seeds.Site.Circulars;
        var province = portal.Seeds.Circular(NakhonPhanomLetter);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("ศูนย์ราชการสะดวก"));
        var hits = page.Locator("#search-results > li");
        await Expect(hits).ToHaveCountAsync(all.Count);

        // By agency: the province's name, as the facet shows it, narrows to its letters.
        var agencyName = portal.Seeds.Site.Agencies[province.AgencyCode!];
        await page.Locator("#search-facets").GetByRole(AriaRole.Link, new() { NameRegex = new("^" + Regex.Escape(agencyName)) }).ClickAsync();
        await Expect(hits).ToHaveCountAsync(all.Count(c => c.AgencyCode == province.AgencyCode));
        await Expect(page).ToHaveURLAsync(new Regex("agency="));

        // Back undoes the filter.
        await page.GoBackAsync();
        await Expect(hits).ToHaveCountAsync(all.Count);

        // By B.E. year: the oldest letter's year.
        var year = ThaiDates.BuddhistYear(all.Min(c => c.Date));
        await page.Locator("#search-facets").GetByRole(AriaRole.Link, new() { NameRegex = new("^" + Regex.Escape(Display.Number(year, settings)) + " ") }).ClickAsync();
        await Expect(hits).ToHaveCountAsync(all.Count(c => ThaiDates.BuddhistYear(c.Date) == year));
        await Expect(page).ToHaveURLAsync(new Regex("year=" + year));
        await Screenshots.SaveAsync(page, "search-filtered");
    }

    [Fact]
    public async Task Back_restores_the_previous_search()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");
        var q = page.Locator("#q");
        await q.FillAsync("นครพนม");
        await q.PressAsync("Enter");
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        await q.FillAsync("กรมส่งเสริมการปกครองท้องถิ่น");
        await q.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Uri.EscapeDataString("กรมส่งเสริมการปกครองท้องถิ่น"))));

        await page.GoBackAsync();

        await Expect(q).ToHaveValueAsync("นครพนม");
        await Expect(page.Locator("#search-results > li").First.GetByRole(AriaRole.Link))
            .ToHaveAttributeAsync("href", Link(portal.Seeds.Circular(NakhonPhanomLetter)));
    }

    [Fact]
    public async Task When_the_api_cannot_be_reached_the_page_says_so()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.PortalWithoutApi + "search/?q=" + Uri.EscapeDataString("นครพนม"));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ติดต่อระบบค้นหาไม่ได้");
        await Expect(page.Locator("#search-results > li")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "search-api-down");
    }

    [Fact]
    public async Task Sorting_by_date_asks_the_api_for_sort_date_and_lists_the_newest_first()
    {
        var newestFirst = portal.Seeds.Site.Circulars.OrderByDescending(c => c.Date).Select(Link).ToList();
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("ศูนย์ราชการสะดวก"));
        var titles = page.Locator("#search-results > li h2 a");
        await Expect(titles).ToHaveCountAsync(newestFirst.Count);
        // By relevance the seed memo, the oldest, comes first: the date order below is the control's doing.
        Assert.NotEqual(newestFirst, await Hrefs(titles));

        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByLabel("เรียงตาม").SelectOptionAsync(new SelectOptionValue { Label = "วันที่ล่าสุด" }),
            r => r.Url.Contains("/api/search?", StringComparison.Ordinal));

        Assert.Equal("date", System.Web.HttpUtility.ParseQueryString(new Uri(request.Url).Query)["sort"]);
        await Expect(page).ToHaveURLAsync(new Regex("[?&]sort=date"));
        await Expect(titles.First).ToHaveAttributeAsync("href", newestFirst[0]);
        Assert.Equal(newestFirst, await Hrefs(titles));

        // The URL brings the order back, and the control shows it.
        await page.ReloadAsync();
        await Expect(page.GetByLabel("เรียงตาม")).ToHaveValueAsync("date");
        await Expect(titles.First).ToHaveAttributeAsync("href", newestFirst[0]);
        await Screenshots.SaveAsync(page, "search-sorted-by-date");
    }

    [Fact]
    public async Task A_fiscal_year_alone_lists_that_years_letters()
    {
        var site = portal.RecurringSite.Site;
        var inYear = site.Circulars.Where(c => c.FiscalYear == 2567).Select(c => site.Settings.Link(c.Url)).ToList();
        Assert.True(inYear.Count > 0 && inYear.Count < site.Circulars.Count);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.RecurringPortal + "search/");

        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByLabel("ปีงบประมาณ").SelectOptionAsync("2567"),
            r => r.Url.Contains("/api/search?", StringComparison.Ordinal));

        Assert.Equal("2567", System.Web.HttpUtility.ParseQueryString(new Uri(request.Url).Query)["fiscalYear"]);
        var titles = page.Locator("#search-results > li h2 a");
        await Expect(titles).ToHaveCountAsync(inYear.Count);
        Assert.Equal(inYear.Order(StringComparer.Ordinal), (await Hrefs(titles)).Order(StringComparer.Ordinal));
        await Expect(page).ToHaveURLAsync(new Regex("[?&]fiscalYear=2567"));
    }

    [Fact]
    public async Task Words_and_a_reference_number_together_are_searched_together_and_each_keeps_its_box()
    {
        const string Words = "ศูนย์ราชการสะดวก";
        const string Ref = "มท 0810.3/ว 76";
        var letter = portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖");
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/");
        await page.Locator("#q").FillAsync(Words);
        await page.Locator("#ref").FillAsync(Ref);

        var request = await page.RunAndWaitForRequestAsync(
            () => page.Locator("#search-form button[type=submit]").ClickAsync(),
            r => r.Url.Contains("/api/search?", StringComparison.Ordinal));

        // The search gets both, and its hits put the number's letter first.
        AssertAsksForBoth(request, Words, Ref);
        await Expect(page.Locator("#search-results > li h2 a").First).ToHaveAttributeAsync("href", Link(letter));
        // The page keeps them apart: the URL has q and ref, each box what was typed in it, the status quotes each.
        AssertUrlKeeps(page.Url, Words, Ref);
        await Expect(page.Locator("#q")).ToHaveValueAsync(Words);
        await Expect(page.Locator("#ref")).ToHaveValueAsync(Ref);
        await Expect(page.Locator("#search-status")).ToContainTextAsync($"สำหรับ “{Words}” และเลขที่หนังสือ “{Ref}”");
        await Screenshots.SaveAsync(page, "search-words-and-ref");
    }

    [Fact]
    public async Task A_link_with_words_and_a_reference_number_is_searched_as_it_is_and_keeps_both()
    {
        const string Words = "ศูนย์ราชการสะดวก";
        const string Ref = "มท 0810.3/ว 76";
        var letter = portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖");
        await using var session = await portal.OpenAsync();
        var page = session.Page;

        var request = await page.RunAndWaitForRequestAsync(
            () => page.GotoAsync(portal.Portal + $"search/?q={Uri.EscapeDataString(Words)}&ref={Uri.EscapeDataString(Ref)}"),
            r => r.Url.Contains("/api/search?", StringComparison.Ordinal));

        AssertAsksForBoth(request, Words, Ref);
        await Expect(page.Locator("#search-results > li h2 a").First).ToHaveAttributeAsync("href", Link(letter));
        AssertUrlKeeps(page.Url, Words, Ref);
        await Expect(page.Locator("#q")).ToHaveValueAsync(Words);
        await Expect(page.Locator("#ref")).ToHaveValueAsync(Ref);
        await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape($"“{Words}” และเลขที่หนังสือ “{Ref}” - ")));

        // More words typed after them are searched with the same reference number.
        await page.Locator("#q").PressAsync("End");
        request = await page.RunAndWaitForRequestAsync(
            () => page.Locator("#q").PressSequentiallyAsync(" นครพนม", new() { Delay = 20 }),
            r => r.Url.Contains("/api/search?", StringComparison.Ordinal) && AskedFor(r).Contains("นครพนม", StringComparison.Ordinal));
        AssertAsksForBoth(request, Words + " นครพนม", Ref);
        await Expect(page).ToHaveURLAsync(new Regex("[?&]ref="));
    }

    private static string AskedFor(IRequest request) => System.Web.HttpUtility.ParseQueryString(new Uri(request.Url).Query)["q"] ?? "";

    private static void AssertAsksForBoth(IRequest request, string words, string reference)
    {
        var asked = AskedFor(request);
        Assert.Contains(words, asked);
        Assert.Contains(reference, asked);
    }

    private static void AssertUrlKeeps(string url, string words, string reference)
    {
        var kept = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
        Assert.Equal(words, kept["q"]);
        Assert.Equal(reference, kept["ref"]);
    }

    [Fact]
    public async Task Result_links_carry_their_ref_so_letters_sharing_a_title_have_different_names()
    {
        // The three seed letters are one chain and share one title.
        var all = portal.Seeds.Site.Circulars;
        Assert.Single(all.Select(c => c.Title).Distinct());
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("ศูนย์ราชการสะดวก"));
        var titles = page.Locator("#search-results > li h2 a");
        await Expect(titles).ToHaveCountAsync(all.Count);

        var names = await titles.EvaluateAllAsync<string[]>("all => all.map(a => a.textContent.replace(/\\s+/g, ' ').trim())");
        var expected = all.Select(c => $"{c.Title} ({Display.RefLine(c.Ref, portal.Seeds.Site.Settings)})").Order(StringComparer.Ordinal);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
        // The ref is for screen readers only: the title shows as before.
        await Expect(titles.First.Locator(".visually-hidden")).ToHaveCSSAsync("position", "absolute");
    }

    [Fact]
    public async Task A_facet_used_from_the_keyboard_leaves_focus_on_the_results_status()
    {
        var province = portal.Seeds.Circular(NakhonPhanomLetter);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + "search/?q=" + Uri.EscapeDataString("ศูนย์ราชการสะดวก"));
        var agencyName = portal.Seeds.Site.Agencies[province.AgencyCode!];
        var facet = page.Locator("#search-facets").GetByRole(AriaRole.Link, new() { NameRegex = new("^" + Regex.Escape(agencyName)) });

        await facet.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The link is redrawn away with the results; focus lands on the status line that announces the new count.
        await Expect(page).ToHaveURLAsync(new Regex("agency="));
        await Expect(page.Locator("#search-results > li")).ToHaveCountAsync(1);
        Assert.Equal("search-status", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("พบ ๑ ฉบับ");
    }

    private static async Task<List<string>> Hrefs(ILocator links) =>
        [.. await links.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))")];

    private string Link(Circular circular) => portal.Seeds.Site.Settings.Link(circular.Url);
}
