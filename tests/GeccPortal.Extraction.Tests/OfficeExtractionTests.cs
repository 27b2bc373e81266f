namespace GeccPortal.Extraction.Tests;

/// <summary>letter.docx and budget.xlsx, written by LibreOffice from Files/src.</summary>
public class OfficeExtractionTests
{
    [Fact]
    public void Word_headings_paragraphs_and_tables_keep_their_structure()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("letter.docx"), TestFiles.Options);

        Assert.Equal(FileKind.Docx, result.Kind);
        Assert.Empty(result.Warnings);
        Assert.Null(result.PageCount);
        Assert.Equal(new HeadingBlock(1, "แบบรายงานผลการดำเนินงานศูนย์ราชการสะดวก"), result.Blocks[0]);
        Assert.Equal(new HeadingBlock(2, "รายละเอียดงบประมาณ"), result.Blocks[2]);
        var table = Assert.Single(result.Blocks.OfType<TableBlock>());
        Assert.True(table.HasHeaderRow);
        Assert.Equal(["รายการ", "หน่วยงาน", "งบประมาณ"], table.Rows[0]);
        Assert.Equal(["ค่าจัดทำป้ายประชาสัมพันธ์", "สำนักปลัด", "45,000"], table.Rows[1]);
        Assert.Contains("รายการ: ค่าจัดทำป้ายประชาสัมพันธ์; หน่วยงาน: สำนักปลัด; งบประมาณ: 45,000", result.Text);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", result.Text);
    }

    [Fact]
    public void Excel_cells_are_paired_with_their_column_headers()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("budget.xlsx"), TestFiles.Options);

        Assert.Equal(FileKind.Xlsx, result.Kind);
        Assert.Empty(result.Warnings);
        Assert.Contains("งบประมาณ: 45,000", result.Text);
        Assert.Contains("รายการ: ค่าฝึกอบรมเจ้าหน้าที่; หน่วยงาน: กองคลัง; งบประมาณ: 120,500.50", result.Text);
        Assert.Contains("ชื่อ: นางสาวพิมพ์ลดา ใจดี; โทรศัพท์: 0 4251 1234", result.Text);
    }

    [Fact]
    public void Each_sheet_is_a_headed_section()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("budget.xlsx"), TestFiles.Options);

        Assert.Equal(
            ["heading:งบประมาณ", "table:3", "heading:ผู้ประสานงาน", "table:2"],
            result.Blocks.Select(b => b switch
            {
                HeadingBlock h => $"heading:{h.Text}",
                TableBlock t => $"table:{t.Rows.Count}",
                _ => b.GetType().Name,
            }));
    }
}
