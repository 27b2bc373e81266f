using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// The letter page against the forms of the Regulation on Correspondence (หนังสือภายนอก), on a 1280 px screen
/// and printed to A4: อ้างถึง and สิ่งที่ส่งมาด้วย numbered only when there are two or more, the issuer's
/// address as one block at the right margin beside ที่, the paragraph indent, and room for the signature; the
/// centred heading of คำสั่ง and ประกาศ.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LetterFormTests(PortalFixture portal)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task One_reference_and_one_enclosure_print_without_a_number_and_two_print_numbered_in_thai_digits()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;

        await Printing.OpenAsync(page, Url(LetterFormContent.One));
        var one = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));
        Assert.Contains("อ้างถึงหนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๕๐", one);
        Assert.Contains("สิ่งที่ส่งมาด้วยสำเนาหนังสือกรมบัญชีกลาง", one);
        // Nothing on screen is numbered either: numbers come only from list items.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Empty(await ListItemMarkersAsync(page));

        await Printing.OpenAsync(page, Url(LetterFormContent.Many));
        var many = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));
        Assert.Contains("อ้างถึง๑.หนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๕๐๒.หนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๖๐", many);
        Assert.Contains("สิ่งที่ส่งมาด้วย๑.หลักเกณฑ์การเบิกจ่าย", many);
        Assert.Contains("๒.แบบรายงาน", many);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Equal(["thai", "thai", "thai", "thai"], await ListItemMarkersAsync(page));
    }

    // Site probe 11: several addressees printed as a bulleted list after เรียน, which no paper letter has.
    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task Several_addressees_stand_a_line_each_after_rian_without_bullets(string media)
    {
        var addressees = JsonSerializer.Deserialize<Addressee[]>(await OpenAsync(media, LetterFormContent.TwoAddressees, """
            () => JSON.stringify([...document.querySelectorAll('.letter-fields dd.to li')].map(li => ({
              marker: getComputedStyle(li).listStyleType, left: li.getBoundingClientRect().left,
              top: li.getBoundingClientRect().top,
              ddLeft: li.closest('dd').getBoundingClientRect().left })))
            """), Json)!;

        Assert.Equal(2, addressees.Length);
        Assert.All(addressees, addressee => Assert.Equal("none", addressee.Marker));
        Assert.True(addressees[1].Top > addressees[0].Top, "the second addressee is on a line of its own");
        Assert.All(addressees, addressee => Assert.InRange(addressee.Left - addressee.DdLeft, -1, 1));
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task The_issuers_address_is_one_block_at_the_right_margin_beside_the_ref_with_the_date_from_the_middle(string media)
    {
        var head = await OpenAsync(media, LetterFormContent.One, """
            () => {
              const box = e => e.getBoundingClientRect();
              const issuer = document.querySelector('.letter-head .issuer');
              const lines = [...issuer.childNodes].filter(n => n.nodeType === Node.TEXT_NODE || n.classList?.contains('whole'))
                .map(n => { const r = document.createRange(); r.selectNodeContents(n); return r.getBoundingClientRect(); })
                .filter(r => r.width > 0);
              const starts = [...new Set(lines.map(r => Math.round(r.top)))].map(top => Math.min(...lines.filter(r => Math.round(r.top) === top).map(r => r.left)));
              const ends = [...new Set(lines.map(r => Math.round(r.top)))].map(top => Math.max(...lines.filter(r => Math.round(r.top) === top).map(r => r.right)));
              const head = box(document.querySelector('.letter-head')), ref = box(document.querySelector('.letter-head .ref'));
              return JSON.stringify({ starts, ends, right: head.right, middle: head.left + head.width / 2,
                refTop: ref.top, issuerTop: box(issuer).top, dateLeft: box(document.querySelector('.letter-head .date time')).left,
                em: parseFloat(getComputedStyle(issuer).fontSize) });
            }
            """);
        var layout = JsonSerializer.Deserialize<HeadLayout>(head, Json)!;

        // Two lines, starting at the same point; the longer one ends at the right margin.
        Assert.Equal(2, layout.Starts.Length);
        Assert.InRange(Math.Abs(layout.Starts[0] - layout.Starts[1]), 0, 1);
        Assert.InRange(layout.Right - layout.Ends.Max(), 0, 1);
        Assert.True(layout.Ends[0] < layout.Ends[1] - layout.Em, "the first, shorter line ends before the margin");
        // ที่ on the address's first line; the date starts at about the middle of the text's width.
        Assert.InRange(Math.Abs(layout.RefTop - layout.IssuerTop), 0, 1);
        Assert.InRange(layout.DateLeft - layout.Middle, 0, layout.Em);
    }

    private sealed record HeadLayout(double[] Starts, double[] Ends, double Right, double Middle, double RefTop, double IssuerTop, double DateLeft, double Em);

    [Fact]
    public async Task The_first_line_indent_is_2_5_cm_on_paper_and_the_same_share_of_a_line_on_screen()
    {
        const string indent = "() => String(parseFloat(getComputedStyle(document.querySelector('.letter-body p')).textIndent))";
        Assert.Equal(2.5 / 2.54 * 96, Number(await OpenAsync("print", LetterFormContent.One, indent)), 1);

        var share = await OpenAsync("screen", LetterFormContent.One, """
            () => {
              const p = document.querySelector('.letter-body p');
              return String(parseFloat(getComputedStyle(p).textIndent) / p.clientWidth);
            }
            """);
        // 2.5 cm of the 16 cm between an A4 letter's margins.
        Assert.InRange(Number(share), 2.5 / 16 - 0.01, 2.5 / 16 + 0.01);
    }

    [Theory]
    [InlineData("screen", 1280)]
    [InlineData("screen", 320)]
    [InlineData("print", 1280)]
    public async Task Numbered_lines_under_a_paragraph_start_at_its_indent(string media, int width)
    {
        var starts = await OpenAsync(media, LetterFormContent.AsPrinted, """
            () => {
              const p = [...document.querySelectorAll('.letter-body p')].find(e => e.querySelector('br'));
              const left = n => { const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects()[0].left; };
              const texts = [...p.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '');
              return JSON.stringify({ first: left(texts[0]), items: texts.slice(1).map(left), margin: p.getBoundingClientRect().left });
            }
            """, width);
        var layout = JsonSerializer.Deserialize<LineStarts>(starts, Json)!;

        // ๑. ๒. ๓. stand where the paragraph's first line starts, not at the margin (text-indent reaches one line only).
        Assert.Equal(3, layout.Items.Length);
        Assert.True(layout.First > layout.Margin + 10, "the paragraph's first line is indented");
        Assert.All(layout.Items, item => Assert.InRange(Math.Abs(item - layout.First), 0, 1));
    }

    private sealed record LineStarts(double First, double[] Items, double Margin);

    [Fact]
    public async Task A_reference_written_as_printed_prints_its_ref_and_date_once()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, Url(LetterFormContent.AsPrinted));
        var printed = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));
        Assert.Contains("อ้างถึงหนังสือกรมบัญชีกลางด่วนที่กค๐๔๐๕.๒/ว๑๑๙ลงวันที่๑๐กุมภาพันธ์๒๕๖๘กรมบัญชีกลางขอแจ้ง", printed);

        // On screen the link to the cited letter is a line of its own after the title.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        var link = page.Locator(".letter-fields .references .reference-link a.circular-link");
        Assert.Equal("/" + portal.LetterFormSite.Circular(LetterFormContent.One).Url, await link.GetAttributeAsync("href"));
        Assert.True(await link.IsVisibleAsync());
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task The_signature_has_room_between_the_closing_and_the_name_in_brackets(string media)
    {
        var lines = await OpenAsync(media, LetterFormContent.One, """
            () => {
              const closing = document.querySelector('.letter-signature .closing').getBoundingClientRect();
              const name = document.querySelector('.letter-signature .signer-name');
              return String((name.getBoundingClientRect().top - closing.bottom) / parseFloat(getComputedStyle(name).lineHeight));
            }
            """);

        // The form's (ลงชื่อ) line, with space about it for a hand's signature.
        Assert.InRange(Number(lines), 2, 4);
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task A_memo_has_room_for_the_signature_between_its_last_paragraph_and_the_name(string media)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, portal.Portal + portal.Seeds.Circular("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒").Url);
        if (media == "screen")
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        var lines = await page.EvaluateAsync<string>("""
            () => {
              const last = [...document.querySelectorAll('.letter-body p')].pop().getBoundingClientRect();
              const name = document.querySelector('.letter-signature .signer-name');
              return String((name.getBoundingClientRect().top - last.bottom) / parseFloat(getComputedStyle(name).lineHeight));
            }
            """);

        // A memo has no closing: the signature goes between the text's last line and the name.
        Assert.InRange(Number(lines), 2, 5);
    }

    [Theory]
    [InlineData("screen", LetterFormContent.Order)]
    [InlineData("print", LetterFormContent.Order)]
    [InlineData("screen", LetterFormContent.Announcement)]
    [InlineData("print", LetterFormContent.Announcement)]
    public async Task An_order_and_an_announcement_centre_their_heading_over_a_short_rule_and_date_themselves_at_the_paragraph_indent(string media, string reference)
    {
        var measured = await OpenAsync(media, reference, """
            () => {
              const rects = e => { const r = document.createRange(); r.selectNodeContents(e); return [...r.getClientRects()]; };
              // Where an element's text starts: its first line's first box.
              const text = e => rects(e)[0];
              // A one-line element's text from its first letter to its last (a label and its value together).
              const line = e => { const all = rects(e), left = Math.min(...all.map(r => r.left)); return { left, width: Math.max(...all.map(r => r.right)) - left }; };
              const body = document.querySelector('.letter-body').getBoundingClientRect();
              const middle = body.left + body.width / 2;
              const lines = [...document.querySelectorAll('.centred-heading > p, .heading-subject')]
                .filter(e => getComputedStyle(e).display !== 'none').map(line);
              const rule = document.querySelector('.heading-rule').getBoundingClientRect();
              const ref = document.querySelector('.heading-ref');
              return JSON.stringify({
                offCentre: Math.max(...lines.map(r => Math.abs(r.left + r.width / 2 - middle))),
                lines: lines.length, ruleOffCentre: Math.abs(rule.left + rule.width / 2 - middle), ruleShare: rule.width / body.width,
                dateStart: text(document.querySelector('.issued-on')).left, paragraphStart: text(document.querySelector('.letter-body p')).left,
                refShown: ref !== null && getComputedStyle(ref).display !== 'none',
                em: parseFloat(getComputedStyle(document.querySelector('.letter-body p')).fontSize) });
            }
            """);
        var layout = JsonSerializer.Deserialize<DecreeLayout>(measured, Json)!;

        // The kind and agency, the order's number or the announcement's ref (on screen), and เรื่อง, each centred.
        Assert.Equal(media == "print" && reference == LetterFormContent.Announcement ? 2 : 3, layout.Lines);
        Assert.InRange(layout.OffCentre, 0, layout.Em / 2);
        Assert.InRange(layout.RuleOffCentre, 0, 1);
        Assert.InRange(layout.RuleShare, 0.05, 0.3);
        // "สั่ง ณ วันที่" / "ประกาศ ณ วันที่" starts where a paragraph's first line does.
        Assert.InRange(Math.Abs(layout.DateStart - layout.ParagraphStart), 0, 1);
        // The announcement's ref is the site's, not the form's: on screen only.
        Assert.Equal(reference == LetterFormContent.Announcement && media == "screen", layout.RefShown);
    }

    private sealed record DecreeLayout(double OffCentre, int Lines, double RuleOffCentre, double RuleShare, double DateStart, double ParagraphStart, bool RefShown, double Em);

    [Fact]
    public async Task A_printed_order_reads_as_the_form_with_no_external_letters_parts()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, Url(LetterFormContent.Order));
        var text = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));

        Assert.StartsWith("คำสั่งกรมบัญชีกลางที่๑๒/๒๕๖๘เรื่องแต่งตั้งคณะทำงาน", text);
        Assert.Contains("ทั้งนี้ตั้งแต่บัดนี้เป็นต้นไปสั่งณวันที่๑๒กุมภาพันธ์พ.ศ.๒๕๖๘(นายทดสอบระบบงาน)อธิบดีกรมบัญชีกลาง", text);
        Assert.DoesNotContain("เรียน", text);
        Assert.DoesNotContain("ขอแสดงความนับถือ", text);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    /// <summary>
    /// A sealed letter (หนังสือประทับตรา, site probe 11) prints as its form: ที่, ถึง, the text, then the agency's name
    /// centred in the right half with the date under it; no เรื่อง (the page's heading on screen only), no closing.
    /// </summary>
    [Fact]
    public async Task A_printed_sealed_letter_reads_as_its_form_with_the_seal_line_in_the_right_half()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, Url(LetterFormContent.Sealed));
        var text = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));

        Assert.StartsWith("ที่กค๐๔๐๕.๒/ว๑๒๖ถึงผู้ว่าราชการจังหวัดทุกจังหวัดกรมบัญชีกลางขอส่งแบบรายงาน", text);
        Assert.Contains("ใช้ต่อไปกรมบัญชีกลาง๑๗กุมภาพันธ์๒๕๖๘กองกฎหมาย", text);
        Assert.DoesNotContain("เรื่อง", text);
        Assert.DoesNotContain("ขอแสดงความนับถือ", text);
        var offCentre = await page.EvaluateAsync<int[]>("""
            () => { const body = document.querySelector('.letter-body').getBoundingClientRect();
              return ['.issued-by-agency', '.issued-by-date'].map(sel => { const r = document.createRange(); r.selectNodeContents(document.querySelector(sel));
                const t = r.getBoundingClientRect(); return Math.round(t.left + t.width / 2 - (body.left + body.width * 0.75)); }); }
            """);
        Assert.All(offCentre, off => Assert.InRange(off, -2, 2));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.True(await page.Locator(".letter-fields h1.title").IsVisibleAsync());
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task At_320_px_an_orders_ref_under_its_long_heading_breaks_to_fit_in_the_breadcrumb_and_the_list()
    {
        await using var session = await portal.OpenAsync(width: 320);
        var page = session.Page;
        // The text's line boxes, whether its element is inline or (in a flex row) a block.
        const string Measure = """
            sel => { const r = document.createRange(); r.selectNodeContents(document.querySelector(sel));
              const boxes = [...r.getClientRects()].filter(b => b.width > 0);
              return JSON.stringify({ overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                lines: new Set(boxes.map(b => Math.round(b.top))).size, right: Math.max(...boxes.map(b => b.right)) }); }
            """;

        await page.GotoAsync(Url(LetterFormContent.Headed));
        var crumb = JsonSerializer.Deserialize<RefFit>(await page.EvaluateAsync<string>(Measure, "nav.breadcrumb .ref-headed"), Json)!;
        await page.GotoAsync(portal.LetterFormPortal);
        var listed = JsonSerializer.Deserialize<RefFit>(await page.EvaluateAsync<string>(Measure, ".circular-summary .ref-headed"), Json)!;

        foreach (var fit in new[] { crumb, listed })
        {
            Assert.Equal(0, fit.Overflow);
            Assert.True(fit.Lines > 1, $"the heading and number break over lines: {fit}");
            Assert.InRange(fit.Right, 0, 320);
        }
    }

    private sealed record RefFit(double Overflow, int Lines, double Right);

    private string Url(string reference) => portal.LetterFormPortal + portal.LetterFormSite.Circular(reference).Url;

    /// <summary>Opens a letter of the form site in a media, at 1280 px unless told, and returns what a script measured there.</summary>
    private async Task<string> OpenAsync(string media, string reference, string script, int width = 1280)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        if (width != 1280)
        {
            await page.SetViewportSizeAsync(width, 900);
        }

        await Printing.OpenAsync(page, Url(reference));
        if (media == "screen")
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        return await page.EvaluateAsync<string>(script);
    }

    /// <summary>The list-style of each numbered item among the letter's fields (อ้างถึง, สิ่งที่ส่งมาด้วย).</summary>
    private static async Task<string[]> ListItemMarkersAsync(IPage page) =>
        JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('.letter-fields *')]
              .filter(e => getComputedStyle(e).display === 'list-item').map(e => getComputedStyle(e).listStyleType))
            """))!;

    private sealed record Addressee(string Marker, double Left, double Top, double DdLeft);

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
