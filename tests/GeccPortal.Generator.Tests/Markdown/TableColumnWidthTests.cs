using System.Globalization;

using AngleSharp.Html.Parser;

using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A table too wide for the text gets its columns' widths from what they hold (site probe 10, 2026-11-29: an 8-column
/// table of districts, counts, a status, a coordinator and a phone printed a syllable a line in its short columns,
/// <c>นายสม</c> / <c>ศักดิ์ ทอง</c> / <c>ดี</c>, on four to five sheets): short columns as wide as their longest cell, the
/// long ones sharing the rest.
/// </summary>
public sealed class TableColumnWidthTests
{
    private static readonly MarkdownConverter Converter = new();

    private const string LongStatus = "อยู่ระหว่างตรวจสอบเอกสารประกอบการเบิกจ่ายและรายงานผลให้จังหวัดทราบภายในสิบห้าวันนับแต่วันที่ได้รับหนังสือ";

    private static string WideTable(string status) =>
        "| ที่ | อำเภอ | จำนวนหมู่บ้าน | ผลการตรวจสอบ | ผู้ประสานงาน | โทรศัพท์ |\n|---|---|--:|---|---|---|\n"
        + "| ๑ | เมืองขอนแก่น | ๔๗ | " + status + " | นายสมศักดิ์ ทองดี | ๐๘ ๑๐๐๗ ๒๐๑๓ |\n"
        + "| ๒ | บ้านฝาง | ๘๔ | ผ่าน | นางสาวปวีณา ศรีสมบูรณ์ | ๐๘ ๑๐๑๔ ๒๐๒๖ |";

    [Fact]
    public void A_wide_tables_short_columns_keep_their_longest_cell_and_the_long_column_takes_the_rest()
    {
        var table = Table(Converter.Convert(WideTable(LongStatus)).Html);
        Assert.Contains(TableColumnWidths.ClassName, table.ClassList);
        var shares = table.QuerySelectorAll("colgroup > col")
            .Select(col => double.Parse(col.GetAttribute("style")!.Replace("width: ", "").TrimEnd('%'), CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(6, shares.Count);
        Assert.InRange(shares.Sum(), 99.5, 100.5);
        // The status column is the widest, but not the whole line; the name and phone columns keep room for their text.
        Assert.Equal(shares.Max(), shares[3]);
        Assert.True(shares[3] < 50, $"status column {shares[3]}%");
        Assert.True(shares[4] >= 20, $"name column {shares[4]}%");
        Assert.True(shares[5] >= 15, $"phone column {shares[5]}%");
        Assert.True(shares[0] < shares[2], "the number column is narrower than the count's, whose header is longer");
    }

    [Fact]
    public void Shares_give_each_column_its_want_when_it_is_under_the_cap_and_the_cap_to_the_rest()
    {
        var shares = TableColumnWidths.Shares([3, 10, 200]);
        // 80 letters less 3 × 2 of padding: 3 and 10 letters kept, the long column 61; each with its 2 of padding.
        Assert.Equal(5.0 / 80, shares[0], 3);
        Assert.Equal(12.0 / 80, shares[1], 3);
        Assert.Equal(63.0 / 80, shares[2], 3);
    }

    [Fact]
    public void A_three_column_table_of_dates_times_and_places_keeps_its_dates_and_times_on_one_line()
    {
        // A table of probe 10's announcement: the browser wrapped ๑๒ เมษายน / ๒๕๖๘ and ๐๘.๓๐ – / ๑๒.๐๐ น. to give the
        // places' column its whole length.
        var html = Converter.Convert("| วันที่ | เวลาให้บริการ | สถานที่ |\n|---|---|---|\n"
            + "| ๑๕ เมษายน ๒๕๖๘ | ๐๘.๓๐ – ๑๖.๓๐ น. | สำนักทะเบียนอำเภอทุกแห่ง และจุดบริการในห้างสรรพสินค้าที่กำหนด |").Html;
        var table = Table(html);
        Assert.Equal(3, table.QuerySelectorAll("col").Length);
        table.QuerySelector("colgroup")!.Remove();
        var letters = TableColumnWidths.ColumnLetters(table)!;
        var shares = TableColumnWidths.Shares(letters);
        Assert.Equal(letters[0] + 2, shares[0] * TableColumnWidths.LineLetters, 3);
        Assert.Equal(letters[1] + 2, shares[1] * TableColumnWidths.LineLetters, 3);
        Assert.True(shares[2] > 0.5, $"places {shares[2]}");
    }

    [Fact]
    public void A_table_that_fits_is_left_to_the_browser()
    {
        var html = Converter.Convert("| ลำดับ | จังหวัด |\n|---|---|\n| ๑ | ขอนแก่น |").Html;
        Assert.Null(Table(html).QuerySelector("colgroup"));
        Assert.DoesNotContain(TableColumnWidths.ClassName, Table(html).ClassList);
    }

    [Theory]
    [InlineData("<td colspan=\"2\">")]
    [InlineData("<td style=\"width: 300pt\">")]
    public void A_pasted_table_that_spans_cells_or_sets_widths_of_its_own_is_left_alone(string cell)
    {
        var html = Converter.Convert("<table><tr>" + cell + LongStatus + LongStatus + "</td><td>ผ่าน</td><td>นายสมศักดิ์ ทองดี</td></tr></table>").Html;
        Assert.Null(Table(html).QuerySelector("colgroup"));
    }

    [Fact]
    public void A_pasted_tables_caption_stays_its_first_child()
    {
        // HTML wants a table's caption before its column groups (found in review).
        var html = Converter.Convert("<table><caption>ผลการตรวจสอบ</caption><tr><td>๑</td><td>" + LongStatus + LongStatus
            + "</td><td>ผ่าน</td><td>นายสมศักดิ์ ทองดี</td></tr></table>").Html;
        var table = Table(html);
        Assert.NotNull(table.QuerySelector("colgroup"));
        Assert.Equal(["caption", "colgroup"], table.Children.Take(2).Select(child => child.LocalName));
    }

    [Fact]
    public void The_plain_text_is_unchanged()
    {
        var sized = Converter.Convert(WideTable(LongStatus)).PlainText;
        Assert.Contains(LongStatus, sized, StringComparison.Ordinal);
        Assert.StartsWith("ที่ อำเภอ จำนวนหมู่บ้าน", sized, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Table(string html) =>
        new HtmlParser().ParseDocument("<body>" + html).QuerySelector("table")!;
}
