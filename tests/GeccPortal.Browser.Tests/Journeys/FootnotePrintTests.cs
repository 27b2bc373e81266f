using GeccPortal.Browser.Tests.Infrastructure;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// A note under a letter's text (<c>[^1]</c>, site probe 8, 2026-11-29) printed to A4: the note and its number print,
/// and its link back to the text, a "↩" that means nothing on paper, does not.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FootnotePrintTests(PortalFixture portal)
{
    [Fact]
    public async Task A_printed_note_keeps_its_text_and_number_but_not_its_way_back()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, portal.Portal + portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖").Url);
        // The markup Markdig's footnotes write, with the names FootnoteNotes gives the links.
        await page.EvaluateAsync("""
            () => {
              const body = document.querySelector(".letter-body");
              body.querySelector("p").insertAdjacentHTML("beforeend", '<a id="fnref:1" href="#fn:1" class="footnote-ref" aria-label="หมายเหตุ ๑"><sup>๑</sup></a>');
              body.insertAdjacentHTML("beforeend", '<div class="footnotes"><hr><ol><li id="fn:1"><p>ที่มาของข้อมูลทดสอบ<a href="#fnref:1" class="footnote-back-ref" aria-label="กลับไปยังข้อความ">↩</a></p></li></ol></div>');
            }
            """);

        var pdf = await Printing.PdfAsync(page);
        var text = Printing.Text(pdf, 1, Printing.PageCount(pdf));
        Assert.Contains("ที่มาของข้อมูลทดสอบ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("↩", text, StringComparison.Ordinal);
        Assert.True(await page.Locator("a.footnote-ref").IsVisibleAsync());
    }
}
