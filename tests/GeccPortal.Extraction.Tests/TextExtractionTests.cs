using System.Text;

namespace GeccPortal.Extraction.Tests;

public class TextExtractionTests
{
    [Fact]
    public void Tis620_text_is_decoded_as_thai()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("tis620.txt"), TestFiles.Options);

        Assert.Equal(FileKind.Text, result.Kind);
        Assert.Equal("หนังสือเวียนเรื่องการรับสมัครศูนย์ราชการสะดวก ประจำปี ๒๕๖๘", result.Text);
    }

    [Fact]
    public void Tis620_read_as_latin1_is_repaired()
    {
        var raw = File.ReadAllText(TestFiles.Path("mojibake.txt"));
        Assert.StartsWith("ÃÒàÃÕÂ¹", raw, StringComparison.Ordinal);

        var result = AttachmentExtractor.Extract(TestFiles.Path("mojibake.txt"), TestFiles.Options);

        Assert.Equal("ราเรียนนายอำเภอทุกอำเภอ เรื่อง งบประมาณ 45,000 บาท", result.Text);
    }

    [Fact]
    public void Pdf_artifacts_in_text_are_repaired()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("artifacts.txt"), TestFiles.Options);

        Assert.Equal(
            "สำนักงานปลัดสำนักนายกรัฐมนตรี\nนายกองค์การบริหารส่วนจังหวัด\nแบบรายงานผลการดำเนินงาน\nเป็นไปตามหนังสือที่แจ้ง และกำหนดส่งภายในวันที่ ๒๘",
            result.Text);
    }

    [Fact]
    public void Utf8_with_a_bom_and_markdown_headings()
    {
        using var scratch = TestFiles.Scratch();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# ประกาศ\n\nย่อหน้าแรก\nบรรทัดสอง\n\n## ภาคผนวก\nรายละเอียด\n")).ToArray();
        var path = scratch.Write("notes.md", bytes);

        var result = AttachmentExtractor.Extract(path, TestFiles.Options);

        Assert.Equal(FileKind.Markdown, result.Kind);
        Assert.Equal(
            [new HeadingBlock(1, "ประกาศ"), new ParagraphBlock("ย่อหน้าแรก\nบรรทัดสอง"), new HeadingBlock(2, "ภาคผนวก"), new ParagraphBlock("รายละเอียด")],
            result.Blocks);
    }

    [Fact]
    public void Csv_in_tis620_becomes_a_table_with_headers()
    {
        using var scratch = TestFiles.Scratch();
        var csv = "รายการ,งบประมาณ\r\n\"ค่าป้าย, ค่าพิมพ์\",\"45,000\"\r\n";
        var path = scratch.Write("budget.csv", ThaiCodePage().GetBytes(csv));

        var result = AttachmentExtractor.Extract(path, TestFiles.Options);

        Assert.Equal(FileKind.Csv, result.Kind);
        var table = Assert.IsType<TableBlock>(Assert.Single(result.Blocks));
        Assert.Equal(["ค่าป้าย, ค่าพิมพ์", "45,000"], table.Rows[1]);
        Assert.Equal("รายการ: ค่าป้าย, ค่าพิมพ์; งบประมาณ: 45,000", result.Text);
    }

    private static Encoding ThaiCodePage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874);
    }
}
