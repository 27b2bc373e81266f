using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>Reading: from the home page to a letter, along the chain of enclosures and back, and downloading an attachment.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReadingJourneyTests(PortalFixture portal)
{
    private const string NakhonPhanomLetter = "นพ ๐๐๒๓.๓/ว ๒๗๔";
    private const string DlaLetter = "มท ๐๘๑๐.๓/ว ๗๖";
    private const string MinistryMemo = "มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒";

    [Fact]
    public async Task Home_page_leads_to_the_newest_circular()
    {
        var newest = portal.Seeds.Site.Circulars.MaxBy(c => c.Date)!;
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal);

        var latest = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "หนังสือเวียนล่าสุด" }) });
        var first = latest.Locator("a[href*='circulars/']").First;
        await Expect(first).ToHaveAttributeAsync("href", Link(newest));
        await first.ClickAsync();

        await ExpectLetterAsync(page, newest);
        await Screenshots.SaveAsync(page, "home-to-newest");
    }

    [Fact]
    public async Task Enclosures_lead_down_to_the_memo_and_cited_by_leads_back()
    {
        var province = portal.Seeds.Circular(NakhonPhanomLetter);
        var department = portal.Seeds.Circular(DlaLetter);
        var memo = portal.Seeds.Circular(MinistryMemo);
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.Portal + province.Url);
        await ExpectLetterAsync(page, province);

        // Down: each letter encloses the one before it, linked by its ref and date.
        await page.GetByRole(AriaRole.Link, new() { Name = EnclosureLinkName(department), Exact = true }).ClickAsync();
        await ExpectLetterAsync(page, department);
        await page.GetByRole(AriaRole.Link, new() { Name = EnclosureLinkName(memo), Exact = true }).ClickAsync();
        await ExpectLetterAsync(page, memo);

        // Back up through "cited by" on each page.
        await CitedBy(page).Locator($"a[href='{Link(department)}']").ClickAsync();
        await ExpectLetterAsync(page, department);
        await CitedBy(page).Locator($"a[href='{Link(province)}']").ClickAsync();
        await ExpectLetterAsync(page, province);
        await Screenshots.SaveAsync(page, "enclosure-chain");
    }

    [Fact]
    public async Task Attachment_downloads_with_its_name_and_bytes()
    {
        var letter = portal.AttachmentSite.Site.Circulars.Single();
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(portal.AttachmentPortal + letter.Url);

        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new("^ดาวน์โหลด") });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal(AttachmentContent.FileName, download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal(AttachmentContent.FileBytes, await File.ReadAllBytesAsync(saved));
        await Screenshots.SaveAsync(page, "attachment-download");
    }

    [Fact]
    public async Task At_320_px_an_attachments_two_links_are_set_apart_and_each_stays_on_one_line()
    {
        // Site probe, 2026-11-29: the links ran together, ดาวน์โหลด …, ๒ หน้า อ่านข้อความ, read as one, and at 320 px
        // อ่าน / ข้อความ broke over two lines.
        var letter = portal.AttachmentSite.Site.Circulars.Single();
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.AttachmentPortal + letter.Url);
        await page.EvaluateAsync("() => document.fonts.ready");

        var file = page.Locator(".enclosure-file");
        Assert.Matches(@"(?s)^ดาวน์โหลด .+ · อ่านข้อความ", (await file.InnerTextAsync()).Trim());
        foreach (var link in new[] { file.Locator("a.download"), file.Locator("a.text-view") })
        {
            Assert.Equal(1, await link.EvaluateAsync<int>("a => new Set([...a.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size"));
        }

        // The mark is not read out: the links keep their names.
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^อ่านข้อความ") }).CountAsync());
    }

    [Theory]
    [InlineData(NakhonPhanomLetter)]
    [InlineData(DlaLetter)]
    public async Task At_320_px_an_enclosures_count_stays_on_one_line_with_its_unit(string reference)
    {
        var letter = portal.Seeds.Circular(reference);
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        await page.GotoAsync(portal.Portal + letter.Url);
        await page.EvaluateAsync("() => document.fonts.ready");

        // The lines the words จำนวน ๑ ชุด lie on, read from the layout of the text itself (a range's boxes, one a line).
        var lines = await page.Locator(".enclosure-title").First.EvaluateAsync<int>("""
            title => {
              const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf("จำนวน ๑ ชุด");
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + "จำนวน ๑ ชุด".length);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
              }
              return 0;
            }
            """);
        Assert.Equal(1, lines);
        await Screenshots.SaveAsync(page, "enclosure-count-320-" + letter.Slug);
    }

    private string Link(Circular circular) => portal.Seeds.Site.Settings.Link(circular.Url);

    private string RefLinkName(Circular target) => "ที่ " + Display.Ref(target.Ref!, portal.Seeds.Site.Settings);

    private string EnclosureLinkName(Circular target) => $"{RefLinkName(target)} ลงวันที่ {Display.Date(target.Date, portal.Seeds.Site.Settings)}";

    private static ILocator CitedBy(IPage page) =>
        page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "หนังสือที่อ้างถึงหรือส่งต่อฉบับนี้" }) });

    private async Task ExpectLetterAsync(IPage page, Circular circular)
    {
        await Expect(page).ToHaveURLAsync(portal.Portal + circular.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(circular.Title);
        await Expect(page.Locator("main")).ToContainTextAsync(RefLinkName(circular));
    }
}
