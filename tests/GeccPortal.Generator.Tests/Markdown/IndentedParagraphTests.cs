using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A paragraph indented with a tab or spaces, as editors type ย่อหน้า or paste it from Word, is a paragraph: as
/// CommonMark's indented code it was one line in a <c>&lt;pre&gt;</c>, cut off at 320 px and on paper (an editors'
/// probe, 2026-11-29). Fenced code and nested lists are unchanged.
/// </summary>
public sealed class IndentedParagraphTests
{
    private static readonly MarkdownConverter Converter = new();

    [Theory]
    [InlineData("\tด้วยจังหวัดได้รับแจ้ง\n\n\tจึงเรียนมาเพื่อโปรดทราบ")]
    [InlineData("        ด้วยจังหวัดได้รับแจ้ง\n\n        จึงเรียนมาเพื่อโปรดทราบ")]
    [InlineData("    ด้วยจังหวัดได้รับแจ้ง\n\n\t\tจึงเรียนมาเพื่อโปรดทราบ")]
    public void An_indented_paragraph_is_a_paragraph(string markdown)
    {
        var content = Converter.Convert(markdown);
        Assert.Equal("<p>ด้วยจังหวัดได้รับแจ้ง</p>\n<p>จึงเรียนมาเพื่อโปรดทราบ</p>", content.Html.Trim());
        Assert.Equal("ด้วยจังหวัดได้รับแจ้ง\nจึงเรียนมาเพื่อโปรดทราบ", content.PlainText);
    }

    [Fact]
    public void Fenced_code_and_nested_lists_are_unchanged()
    {
        Assert.Equal("<pre><code>var x = 1;\n</code></pre>", Converter.Convert("```\nvar x = 1;\n```").Html.Trim());
        Assert.Equal("<ol>\n<li>ข้อ\n<ul>\n<li>ย่อย</li>\n</ul>\n</li>\n</ol>", Converter.Convert("1. ข้อ\n    - ย่อย").Html.Trim());
    }
}
