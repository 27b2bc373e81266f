using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Markdown.ThaiLineBreaks;

using Markdig;

namespace GeccPortal.Generator.Tests.Markdown;

public sealed class ThaiLineBreakSpecTests
{
    private static readonly MarkdownConverter Converter = new();

    public static TheoryData<int, string, string> Examples => MarkdownSpec.Examples("ThaiLineBreaks.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(int line, string markdown, string expectedHtml)
    {
        var html = Converter.Convert(markdown).Html.Trim();
        Assert.True(expectedHtml == html, $"ThaiLineBreaks.md line {line}\nexpected:\n{expectedHtml}\nactual:\n{html}");
    }

    [Fact]
    public void Spec_file_has_examples() => Assert.True(Examples.Count >= 8);

    [Fact]
    public void Plain_text_for_search_reads_the_joined_words()
    {
        var text = Converter.Convert("สำนักงานปลัด\nสำนักนายกรัฐมนตรี ได้กำหนด **เปิด\nรับ**สมัคร").PlainText;
        Assert.Equal("สำนักงานปลัดสำนักนายกรัฐมนตรี ได้กำหนด เปิดรับสมัคร", text);
    }

    [Fact]
    public void Numbered_lines_are_marked_for_their_indent_in_paragraphs_only_and_the_plain_text_is_unchanged()
    {
        var content = Converter.Convert("แต่งตั้ง ดังนี้\n๑. ประธาน\n๒. กรรมการ\n\n- ข้อ  \n๓. ในรายการ");
        Assert.Equal(2, content.Html.Split("<span class=\"item-indent\"></span>").Length - 1);
        Assert.Contains("<li>ข้อ<br>\n๓. ในรายการ</li>", content.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-indent", content.PlainText, StringComparison.Ordinal);
        Assert.Equal(Converter.Convert("แต่งตั้ง ดังนี้  \nประธาน").PlainText.Replace("ประธาน", "๑. ประธาน", StringComparison.Ordinal),
            Converter.Convert("แต่งตั้ง ดังนี้\n๑. ประธาน").PlainText);
    }

    [Fact]
    public void Extension_added_twice_joins_once_and_keeps_other_breaks()
    {
        var pipeline = new MarkdownPipelineBuilder().Use<ThaiLineBreakExtension>().Use(new ThaiLineBreakExtension()).Build();
        Assert.Equal("<p>ปลัดสำนัก\nGECC</p>\n", Markdig.Markdown.ToHtml("ปลัด\nสำนัก\nGECC", pipeline));
    }
}
