using GeccPortal.Browser.Tests.Infrastructure;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// The contact block (ส่วนราชการเจ้าของเรื่อง, โทร., e-mail) of a letter that runs on to a second sheet (site probe 8,
/// 2026-11-29): printed to A4, its last lines went alone to a sheet of their own, the sheet before ending in its first
/// lines. Whatever the text's length, the block prints whole and on the signer's sheet, and the signer with the text's last line.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContactBlockPrintTests(PortalFixture portal)
{
    private const string Signer = "ศรีกงพลี";
    private const string ContactFirstLine = "กองพัฒนาและส่งเสริม";
    private const string ContactLastLine = "saraban@dla.go.th";
    private const string LastTextLine = "จึงเรียนมาเพื่อโปรดพิจารณา";

    [Fact]
    public async Task However_long_the_text_the_contact_block_prints_whole_on_the_signers_sheet()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, portal.Portal + portal.Seeds.Circular("มท ๐๘๑๐.๓/ว ๗๖").Url);

        // One more line of text at each step, so the sheet's end passes through the signature and the contact block.
        for (var lines = 1; lines <= 26; lines++)
        {
            await page.EvaluateAsync("""
                () => {
                  const body = document.querySelector(".letter-body"), last = body.lastElementChild, line = document.createElement("p");
                  line.textContent = "ข้อความเพิ่มเติม";
                  body.insertBefore(line, last);
                }
                """);
            var pdf = await Printing.PdfAsync(page);
            var sheets = Enumerable.Range(1, Printing.PageCount(pdf)).Select(sheet => Printing.Text(pdf, sheet)).ToList();
            var signer = sheets.FindIndex(text => text.Contains(Signer, StringComparison.Ordinal));
            var first = sheets.FindIndex(text => text.Contains(ContactFirstLine, StringComparison.Ordinal));
            var last = sheets.FindIndex(text => text.Contains(ContactLastLine, StringComparison.Ordinal));
            Assert.True(signer >= 0 && first >= 0 && last >= 0, $"{lines} line(s) added: the signer or the contact block is not printed");
            Assert.True(first == last, $"{lines} line(s) added: the contact block starts on sheet {first + 1} and ends on sheet {last + 1}");
            Assert.True(first == signer, $"{lines} line(s) added: the contact block is on sheet {first + 1}, the signer on sheet {signer + 1}");
            // Nor does the signature go to a sheet of its own without the text's last line above it.
            Assert.True(sheets[signer].Contains(LastTextLine, StringComparison.Ordinal), $"{lines} line(s) added: the signer's sheet {signer + 1} has none of the text");
        }
    }
    /// <summary>
    /// After a table running over sheets (site probe 11: a 42-row table, two paragraphs, the signature), Chromium found
    /// no earlier break and cut the signature, ขอแสดงความนับถือ at one sheet's foot and the name on the next.
    /// </summary>
    [Fact]
    public async Task After_a_table_over_several_sheets_the_closing_prints_on_the_signers_sheet()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, portal.LetterFormPortal + portal.LetterFormSite.Circular(LetterFormContent.Table).Url);

        // One more paragraph after the table at each step, so the sheet's end passes through the signature.
        for (var lines = 1; lines <= 24; lines++)
        {
            await page.EvaluateAsync("""
                () => {
                  const body = document.querySelector(".letter-body"), last = body.lastElementChild, line = document.createElement("p");
                  line.textContent = "ข้อความเพิ่มเติม";
                  body.insertBefore(line, last);
                }
                """);
            var pdf = await Printing.PdfAsync(page);
            var sheets = Enumerable.Range(1, Printing.PageCount(pdf)).Select(sheet => Printing.Text(pdf, sheet)).ToList();
            var closing = sheets.FindIndex(text => text.Contains("ขอแสดงความนับถือ", StringComparison.Ordinal));
            var name = sheets.FindIndex(text => text.Contains("ระบบงาน", StringComparison.Ordinal));
            Assert.True(closing >= 0 && name >= 0, $"{lines} line(s) added: the closing or the signer is not printed");
            Assert.True(closing == name, $"{lines} line(s) added: the closing is on sheet {closing + 1}, the signer on sheet {name + 1}");
        }
    }
}
