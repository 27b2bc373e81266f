using AngleSharp.Html.Parser;

using GeccPortal.Generator.Markdown;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A note under a letter's text written as a footnote (<c>[^1]</c> and <c>[^1]: ที่มา …</c>), as editors mark a table's
/// source (site probe 8, 2026-11-29): CommonMark read the definition as a link whose address was the Thai text, so the
/// note vanished from the page and the search, and its mark was a dead link named "^1".
/// </summary>
public sealed class FootnoteNoteTests
{
    private static readonly MarkdownConverter Converter = new();

    private const string Body = "ข้อมูล ณ วันที่ ๑๐ สิงหาคม ๒๕๖๘[^1] ทั้งนี้ โปรดตรวจสอบ\n\n[^1]: ข้อมูลจากศูนย์ปฏิบัติการกรมป้องกันและบรรเทาสาธารณภัย";

    [Fact]
    public void The_note_is_printed_under_the_text_and_its_mark_links_to_it()
    {
        var content = Converter.Convert(Body);
        var document = new HtmlParser().ParseDocument(content.HtmlWithNotes);
        var mark = document.QuerySelector("a.footnote-ref")!;
        var note = document.QuerySelector(mark.GetAttribute("href")!.Replace(":", "\\:"))!;
        Assert.Contains("ข้อมูลจากศูนย์ปฏิบัติการกรมป้องกันและบรรเทาสาธารณภัย", note.TextContent);
        Assert.DoesNotContain("%E0%B8", content.Html);
        Assert.Contains("ข้อมูลจากศูนย์ปฏิบัติการ", content.PlainText);
    }

    [Theory]
    [InlineData(DigitStyle.Thai, "๑")]
    [InlineData(DigitStyle.Arabic, "1")]
    public void The_mark_is_numbered_in_the_sites_digits_and_both_links_are_named(DigitStyle digits, string one)
    {
        var document = new HtmlParser().ParseDocument(Converter.Convert(Body, digits: digits).HtmlWithNotes);
        var mark = document.QuerySelector("a.footnote-ref")!;
        Assert.Equal(one, mark.TextContent);
        Assert.Equal("หมายเหตุ " + one, mark.GetAttribute("aria-label"));
        Assert.Equal("กลับไปยังข้อความ", document.QuerySelector("a.footnote-back-ref")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void The_marks_are_not_words_of_the_text_for_search()
    {
        var text = Converter.Convert(Body).PlainText;
        Assert.Contains("๒๕๖๘ ทั้งนี้", text);
        Assert.DoesNotContain("↩", text);
    }

    [Fact]
    public void A_body_with_notes_reads_the_same_whether_or_not_it_goes_through_the_sanitiser()
    {
        Assert.Equal(Converter.ConvertSanitized(Body).Html, Converter.Convert(Body).Html);
        Assert.Equal(Converter.ConvertSanitized(Body).Notes, Converter.Convert(Body).Notes);
        Assert.Contains("id=\"fn:1\"", Converter.ConvertSanitized(Body + "\n\n<b>ตัวหนา</b>").Notes);
    }

    [Fact]
    public void The_notes_are_kept_apart_from_the_text_so_the_letter_prints_them_after_its_signature()
    {
        var content = Converter.Convert(Body);
        Assert.DoesNotContain("footnotes", content.Html);
        Assert.Contains("footnote-ref", content.Html);
        var notes = new HtmlParser().ParseDocument("<body>" + content.Notes).Body!;
        Assert.Equal("footnotes", notes.FirstElementChild!.ClassName);
        Assert.Contains("ข้อมูลจากศูนย์ปฏิบัติการ", notes.TextContent);
        Assert.Equal("", Converter.Convert("ย่อหน้าไม่มีหมายเหตุ").Notes);
    }
}
