using AngleSharp.Html.Parser;

using GeccPortal.Generator.Markdown;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A table in a letter's body sits in a box the keyboard can focus and scroll, named as a table: the table itself
/// scrolled before, and at 320 px its columns past the edge could not be reached without a pointer (site probe,
/// 2026-11-29: axe's scrollable-region-focusable on every letter with a table).
/// </summary>
public sealed class TableScrollRegionTests
{
    private static readonly MarkdownConverter Converter = new();

    private const string PipeTable = "| ลำดับ | จังหวัด |\n|---|---|\n| ๑ | ขอนแก่น |";

    [Fact]
    public void A_pipe_table_is_in_a_focusable_region_named_as_a_table()
    {
        var html = Converter.Convert("ผู้ป่วยสะสม ดังนี้\n\n" + PipeTable).Html;
        var region = Regions(html).Single();
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("ตาราง", region.GetAttribute("aria-label"));
        Assert.Equal("table", region.Children.Single().LocalName);
    }

    [Fact]
    public void A_pasted_html_table_is_wrapped_after_the_sanitiser_and_a_table_in_a_cell_is_not_wrapped_again()
    {
        var markdown = "<table><tr><td>ลำดับ</td><td><table><tr><td>ย่อย</td></tr></table></td></tr></table>";
        Assert.True(Converter.NeedsSanitizer(markdown));
        var regions = Regions(Converter.Convert(markdown).Html);
        Assert.Single(regions);
        Assert.Equal("region", regions[0].GetAttribute("role"));
    }

    [Theory]
    [InlineData(DigitStyle.Thai, "ตาราง ๑", "ตาราง ๒")]
    [InlineData(DigitStyle.Arabic, "ตาราง 1", "ตาราง 2")]
    public void Several_tables_are_numbered_in_the_sites_digits(DigitStyle digits, string first, string second)
    {
        var html = Converter.Convert(PipeTable + "\n\nย่อหน้า\n\n" + PipeTable, "/", digits).Html;
        Assert.Equal([first, second], Regions(html).Select(r => r.GetAttribute("aria-label")));
    }

    [Fact]
    public void The_plain_text_is_unchanged()
    {
        Assert.Equal("ลำดับ จังหวัด\n๑ ขอนแก่น", Converter.Convert(PipeTable).PlainText);
    }

    private static List<AngleSharp.Dom.IElement> Regions(string html) =>
        [.. new HtmlParser().ParseDocument("<body>" + html).QuerySelectorAll("div.table-scroll")];
}
