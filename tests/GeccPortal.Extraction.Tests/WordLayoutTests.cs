using static GeccPortal.Extraction.Tests.WordPackages;

namespace GeccPortal.Extraction.Tests;

/// <summary>Word layouts that hide text from a reader that only walks body paragraphs and table cells.</summary>
public class WordLayoutTests
{
    private static ExtractionResult Extract(string bodyXml)
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("form.docx", WithBody(bodyXml));
        var result = AttachmentExtractor.Extract(path, TestFiles.Options);
        Assert.Equal(FileKind.Docx, result.Kind);
        Assert.Empty(result.Warnings);
        return result;
    }

    [Fact]
    public void A_table_nested_in_a_cell_keeps_every_word_in_that_cell()
    {
        var nested = Table(
            Row(Cell(Paragraph("ลงชื่อ")), Cell(Paragraph("ผู้รายงาน"))),
            Row(Cell(Paragraph("ตำแหน่ง")), Cell(Paragraph("ปลัดอำเภอ"))));
        var result = Extract(Table(
            Row(Cell(Paragraph("หัวข้อ")), Cell(Paragraph("รายละเอียด"))),
            Row(Cell(Paragraph("ผู้รับผิดชอบ")), Cell(Paragraph("ตามตารางนี้") + nested))));

        var table = Assert.Single(result.Blocks.OfType<TableBlock>());
        Assert.Equal(["ผู้รับผิดชอบ", "ตามตารางนี้ ลงชื่อ ผู้รายงาน; ตำแหน่ง ปลัดอำเภอ"], table.Rows[1]);
        Assert.Contains("ปลัดอำเภอ", result.Text);
    }

    [Fact]
    public void A_text_box_is_read_once_as_blocks_after_its_anchor_paragraph()
    {
        var result = Extract(
            ParagraphWithTextBox("เรียน ผู้ว่าราชการจังหวัด", Paragraph("หมายเหตุ ส่งแบบรายงานภายในวันที่ ๓๐ กันยายน")) +
            Paragraph("จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Equal(
            [
                new ParagraphBlock("เรียน ผู้ว่าราชการจังหวัด"),
                new ParagraphBlock("หมายเหตุ ส่งแบบรายงานภายในวันที่ ๓๐ กันยายน"),
                new ParagraphBlock("จึงเรียนมาเพื่อโปรดทราบ"),
            ],
            result.Blocks);
    }

    [Fact]
    public void A_text_box_in_a_table_cell_joins_that_cell()
    {
        var result = Extract(Table(Row(
            Cell(ParagraphWithTextBox("ช่องที่ ๑", Paragraph("ประทับตรา"))),
            Cell(Paragraph("ช่องที่ ๒")))));

        var table = Assert.Single(result.Blocks.OfType<TableBlock>());
        Assert.Equal(["ช่องที่ ๑ ประทับตรา", "ช่องที่ ๒"], table.Rows[0]);
    }

    [Fact]
    public void Content_controls_are_read_through_tables_included()
    {
        var result = Extract(
            "<w:sdt><w:sdtContent>" + Paragraph("ชื่อหน่วยงาน สำนักงานจังหวัด") +
            Table(Row(Cell(Paragraph("รายการ")), Cell(Paragraph("จำนวน"))), Row(Cell(Paragraph("เครื่องพ่นหมอกควัน")), Cell(Paragraph("๒")))) +
            "</w:sdtContent></w:sdt>");

        Assert.Equal(new ParagraphBlock("ชื่อหน่วยงาน สำนักงานจังหวัด"), result.Blocks[0]);
        var table = Assert.IsType<TableBlock>(result.Blocks[1]);
        Assert.Equal(["เครื่องพ่นหมอกควัน", "๒"], table.Rows[1]);
    }

    [Fact]
    public void Rows_and_cells_a_content_control_wraps_are_rows_and_cells()
    {
        // A form's repeating section: Word wraps the repeated rows (and fillable cells) in content controls.
        var result = Extract(Table(
            Row(Cell(Paragraph("อำเภอ")), Cell(Paragraph("จำนวนผู้ป่วย"))),
            "<w:sdt><w:sdtContent>" + Row(Cell(Paragraph("เมืองนครพนม")), "<w:sdt><w:sdtContent>" + Cell(Paragraph("๑๒")) + "</w:sdtContent></w:sdt>") +
            Row(Cell(Paragraph("ท่าอุเทน")), Cell(Paragraph("๕"))) + "</w:sdtContent></w:sdt>"));

        var table = Assert.Single(result.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["เมืองนครพนม", "๑๒"], table.Rows[1]);
        Assert.Equal(["ท่าอุเทน", "๕"], table.Rows[2]);
    }

    [Fact]
    public void Deleted_text_of_tracked_changes_is_not_read()
    {
        var result = Extract(
            "<w:p><w:r><w:t xml:space=\"preserve\">ภายในวันที่ </w:t></w:r>" +
            "<w:del w:id=\"1\" w:author=\"ก\"><w:r><w:delText>๑๕</w:delText></w:r></w:del>" +
            "<w:ins w:id=\"2\" w:author=\"ก\"><w:r><w:t>๒๐</w:t></w:r></w:ins>" +
            "<w:r><w:t xml:space=\"preserve\"> ตุลาคม</w:t></w:r></w:p>");

        Assert.Equal(new ParagraphBlock("ภายในวันที่ ๒๐ ตุลาคม"), Assert.Single(result.Blocks));
    }
}
