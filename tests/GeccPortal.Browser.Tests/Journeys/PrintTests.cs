using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// Printing a letter from Chromium to an A4 PDF: the printed letter's size (TH Sarabun New 16 pt, so a
/// one-page letter prints on one sheet), the memo form, lines kept whole, and continuation sheets numbered.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PrintTests(PortalFixture portal)
{
    [Theory]
    [InlineData("นพ ๐๐๒๓.๓/ว ๒๗๔")]
    [InlineData("มท ๐๘๑๐.๓/ว ๗๖")]
    [InlineData("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒")]
    public async Task A_one_page_seed_letter_prints_on_one_a4_sheet(string reference)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await OpenForPrintAsync(page, portal.Seeds.Circular(reference).Url);

        // Sarabun is set at the size that looks like TH Sarabun New 16 pt: about two thirds of 16 pt.
        var points = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize) * 72 / 96");
        Assert.InRange(points, 10, 11.5);
        Assert.Equal(1, PageCount(await PrintAsync(page)));
    }

    [Fact]
    public async Task A_memo_prints_as_a_memo_form_and_the_signers_lines_stay_whole()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await OpenForPrintAsync(page, portal.Seeds.Circular("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒").Url);

        Assert.True(await page.GetByText("บันทึกข้อความ", new() { Exact = true }).IsVisibleAsync());
        Assert.True(await page.Locator(".memo-office").GetByText("ส่วนราชการ").IsVisibleAsync());
        Assert.Equal(2, await RenderedLinesAsync(page, ".signer-position"));

        var text = PdfText(await PrintAsync(page), firstPage: 1);
        Assert.Contains("บันทึกข้อความ", text);
        Assert.Contains("ส่วนราชการ", text);
    }

    [Fact]
    public async Task An_external_letter_prints_without_the_sites_links_and_with_its_lines_whole()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await OpenForPrintAsync(page, portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖").Url);

        // Each line of the position ("… ปฏิบัติราชการแทน" / "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น") is one printed line.
        Assert.Equal(2, await RenderedLinesAsync(page, ".signer-position"));
        Assert.False(await page.Locator(".enclosure-link").IsVisibleAsync());
        Assert.DoesNotContain("อ่านฉบับนี้", PdfText(await PrintAsync(page), firstPage: 1));
    }

    [Theory]
    [InlineData("นพ ๐๐๒๓.๓/ว ๒๗๔")]
    [InlineData("มท ๐๘๑๐.๓/ว ๗๖")]
    public async Task An_external_letters_labels_print_in_the_body_weight_each_followed_by_its_text(string reference)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await OpenForPrintAsync(page, portal.Seeds.Circular(reference).Url);

        // Each label (เรื่อง, เรียน, สิ่งที่ส่งมาด้วย): its weight, the space from its end to its text's start in em,
        // and how far the text's first line is from the label's line, in px.
        var labels = JsonSerializer.Deserialize<LabelLayout[]>(await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll(".letter-fields dt")].map(dt => {
              const dd = dt.nextElementSibling, label = dt.getBoundingClientRect(), text = dd.getBoundingClientRect();
              const em = parseFloat(getComputedStyle(dt).fontSize);
              return { name: dt.textContent.trim(), weight: getComputedStyle(dt).fontWeight,
                       space: (text.left - label.right) / em, drop: Math.abs(text.top - label.top) };
            }))
            """), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var bodyWeight = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.letter-body p')).fontWeight");

        Assert.Contains(labels, label => label.Name == "สิ่งที่ส่งมาด้วย");
        Assert.All(labels, label =>
        {
            Assert.Equal(bodyWeight, label.Weight);
            Assert.InRange(label.Space, 0.2, 1);
            Assert.InRange(label.Drop, 0, 2);
        });

        // On screen the labels keep their bold column.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Equal("700", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.letter-fields dt')).fontWeight"));
    }

    private sealed record LabelLayout(string Name, string Weight, double Space, double Drop);

    [Fact]
    public async Task Continuation_sheets_are_numbered_at_the_top_and_the_first_is_not()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await OpenForPrintAsync(page, portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖").Url);
        // Four copies of the body make the letter run on to further sheets.
        await page.EvaluateAsync("() => { const body = document.querySelector('.letter-body'); body.innerHTML = body.innerHTML.repeat(4); }");

        var pdf = await PrintAsync(page);
        Assert.True(PageCount(pdf) >= 2);
        Assert.StartsWith("-๒-", Squeezed(PdfText(pdf, firstPage: 2, lastPage: 2)));
        Assert.DoesNotContain("-๑-", Squeezed(PdfText(pdf, firstPage: 1, lastPage: 1)));
    }

    private Task OpenForPrintAsync(IPage page, string url) => Printing.OpenAsync(page, portal.Portal + url);

    private static Task<byte[]> PrintAsync(IPage page) => Printing.PdfAsync(page);

    /// <summary>How many lines an element's text takes, from its height and line height.</summary>
    private static Task<int> RenderedLinesAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>($"() => {{ const e = document.querySelector('{selector}'); return Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)); }}");

    private static int PageCount(byte[] pdf) => Printing.PageCount(pdf);

    private static string PdfText(byte[] pdf, int firstPage, int? lastPage = null) => Printing.Text(pdf, firstPage, lastPage);

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
