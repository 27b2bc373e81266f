using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GeccPortal.Extraction.Tests;

/// <summary>
/// tables.pdf (src/tables.html printed by Chromium): a ruled table whose cells are centred vertically, so a
/// one-line cell sits between the lines of a wrapped neighbour, and an unruled top-aligned table with numbers
/// in neighbouring cells, between ordinary paragraphs; on page 2 a ruled table of one-line rows that end and
/// begin with numbers. tables-tight.pdf: tables whose cells are closer together than words, whose rows are
/// unevenly spaced without wrapping, and whose row wraps every cell alike.
/// </summary>
public partial class PdfTableTests
{
    private static readonly ExtractionResult Tables = AttachmentExtractor.Extract(TestFiles.Path("tables.pdf"), TestFiles.Options);

    private static IEnumerable<string> Paragraphs => Tables.Blocks.OfType<ParagraphBlock>().Select(p => p.Text);

    [Fact]
    public void A_centred_row_reads_its_cells_left_to_right_each_wrapped_cell_whole()
    {
        Assert.Empty(Tables.Warnings);
        Assert.Equal(2, Tables.PageCount);
        Assert.Contains("วันที่ สถานที่ กิจกรรม ผู้ประสานงาน", Paragraphs);
        Assert.Contains("๑๗ พฤศจิกายน ๒๕๖๗ วัดศรีสุมังคล์ ทำบัตรประจำตัวประชาชน นางบุษบา มณีวงศ์", Paragraphs);

        Assert.Contains("๓ พ.ย. ๖๗ โรงเรียนบ้านหนองแวง ตรวจสุขภาพ นางพรรณี ทองประเสริฐศักดิ์", Paragraphs);

        // A name wrapped at the space between first name and surname loses that space, as a Thai paragraph
        // wrapped there does: the PDF has no glyph for it.
        Assert.Contains(Paragraphs, p => RowOfFiveLineCells().IsMatch(p));
    }

    [Fact]
    public void Words_of_a_wrapped_cell_are_contiguous_in_the_text()
    {
        // Each was broken over two to five lines of its cell, with other cells' lines between them; the surname
        // mid-word.
        Assert.Contains("ทองประเสริฐศักดิ์", Tables.Text);
        Assert.Contains("โรงเรียนบ้านหนองแวง", Tables.Text);
        Assert.Contains("ศาลาอเนกประสงค์หมู่บ้านโนนสวรรค์", Tables.Text);
        Assert.Contains("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", Tables.Text);
        Assert.Contains("ทำบัตรประจำตัวประชาชน", Tables.Text);
        Assert.Contains("ค่าอาหารว่างและเครื่องดื่มสำหรับผู้มารับบริการ", Tables.Text);
    }

    [Fact]
    public void A_top_aligned_row_keeps_its_wrapped_first_cell_before_its_numbers()
    {
        Assert.Contains("รายการ จำนวน บาท", Paragraphs);
        Assert.Contains("ค่าอาหารว่างและเครื่องดื่มสำหรับผู้มารับบริการ ๖๐๐ ๑๘,๐๐๐", Paragraphs);
        Assert.Contains("ค่าป้ายประชาสัมพันธ์ ๗๐ ๓,๕๐๐", Paragraphs);
        Assert.Contains("ค่าวัสดุสำนักงานและค่าถ่ายเอกสารแบบคำขอรับบริการ ๑,๒๐๐ ๒,๔๐๐", Paragraphs);
    }

    [Fact]
    public void Numbers_of_neighbouring_cells_and_rows_stay_separate()
    {
        // Every number pdftotext -layout sees as its own word (it keeps cells apart by position) is one here too.
        var expected = Numbers(RunPdftotextLayout(TestFiles.Path("tables.pdf")));
        Assert.Contains("๖๐๐", expected);
        Assert.Contains("๑ บ้านเป็ด ๑,๒๔๐ ๓,๘๑๕", Paragraphs);
        Assert.Contains("๒ ศิลา ๙๘๐ ๒,๖๐๔", Paragraphs);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Numbers(Tables.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paragraphs_around_the_tables_still_join_their_wrapped_lines()
    {
        Assert.Contains(Tables.Blocks, b => b is HeadingBlock { Level: 1, Text: "กำหนดการออกหน่วยบริการเคลื่อนที่" });
        Assert.Contains(Paragraphs, p => p.StartsWith("อำเภอเมืองได้จัดทำกำหนดการ", StringComparison.Ordinal)
            && p.Contains("ในพื้นที่ตำบลต่าง ๆ", StringComparison.Ordinal)
            && p.EndsWith("ทราบล่วงหน้าอย่างน้อยเจ็ดวันตามตารางต่อไปนี้", StringComparison.Ordinal));
        Assert.Contains("ค่าใช้จ่ายในการออกหน่วยบริการเบิกจ่ายจากงบประมาณขององค์การบริหารส่วนตำบลตามรายการดังนี้", Paragraphs);
        Assert.Equal("จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้องดำเนินการต่อไป", Paragraphs.Last());
    }

    [Fact]
    public void Cells_closer_together_than_words_are_still_apart()
    {
        // tables-tight.pdf: a browser's unstyled table, its cells a pixel of padding apart, wrapping in three columns.
        var tight = AttachmentExtractor.Extract(TestFiles.Path("tables-tight.pdf"), TestFiles.Options);
        var paragraphs = tight.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

        Assert.Contains("ที่ หน่วยงาน ผู้รับผิดชอบ หมายเหตุ", paragraphs);
        Assert.Contains("๑ สำนักงานสาธารณสุขอำเภอบ้านไผ่ นายสมชาย ใจกว้างขวาง", paragraphs);
        Assert.Contains(paragraphs, p => TightRowWithNote().IsMatch(p));
        Assert.Contains("๓ เทศบาลตำบลในเมือง นายประยุทธ ดีมาก", paragraphs);
    }

    [Fact]
    public void Rows_of_an_unevenly_spaced_table_that_does_not_wrap_stay_one_line_each()
    {
        // The header row is taller and some rows leave a cell empty: no row is mistaken for another's wrapped line.
        var tight = AttachmentExtractor.Extract(TestFiles.Path("tables-tight.pdf"), TestFiles.Options);
        var paragraphs = tight.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

        Assert.Contains("ตำบล ชาย หญิง หมายเหตุ", paragraphs);
        Assert.Contains("บ้านไผ่ ๑,๒๐๐ ๑,๓๕๐ ครบ", paragraphs);
        Assert.Contains("หัวหนอง ๘๐๐ ๘๒๐", paragraphs);
        Assert.Contains("ในเมือง ๙๐๐ ๙๕๐", paragraphs);
        Assert.Contains("โนนทอง ๗๐๐ ๗๑๐ ครบ", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("ย่อหน้าปิดท้าย", StringComparison.Ordinal) && p.Contains("เพื่อให้แน่ใจว่าการอ่านย่อหน้า", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_whose_cells_all_wrap_alike_is_one_row()
    {
        // Two rows, no header: the first row's centred number proves the wrapped lines' pitch, so the second
        // row's two lines, each with text in every column, are one row and not two.
        var tight = AttachmentExtractor.Extract(TestFiles.Path("tables-tight.pdf"), TestFiles.Options);
        var paragraphs = tight.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

        Assert.Contains(paragraphs, p => WrappedFirstRow().IsMatch(p));
        Assert.Contains(paragraphs, p => AlikeWrappedRow().IsMatch(p));
    }

    private static List<string> Numbers(string text) => ThaiNumber().Matches(text).Select(m => m.Value.TrimEnd(',', '.')).ToList();

    private static string RunPdftotextLayout(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-layout", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [GeneratedRegex("^๒ โรงพยาบาลส่งเสริมสุขภาพตำบลหัวหนอง นางสาวมณีรัตน์ ?พึ่งบุญญาธิการ ส่งแล้ว$")]
    private static partial Regex TightRowWithNote();

    [GeneratedRegex("^สำนักงานเกษตรอำเภอเมือง นายวิทยา ?สุขสวัสดิ์วงศ์ ๑๒,๕๐๐$")]
    private static partial Regex WrappedFirstRow();

    [GeneratedRegex("^เทศบาลตำบลบ้านใหม่ นางสาวอรุณี ?แสงทองดี งบประมาณจังหวัดขอน$")]
    private static partial Regex AlikeWrappedRow();

    [GeneratedRegex("[๐-๙][๐-๙,.]*")]
    private static partial Regex ThaiNumber();

    [GeneratedRegex("^๑๐ พ.ย. ๖๗ ศาลาอเนกประสงค์หมู่บ้านโนนสวรรค์ รับชำระภาษีที่ดินและสิ่งปลูกสร้าง นายธีรวัฒน์ ?ศรีบุญเรือง$")]
    private static partial Regex RowOfFiveLineCells();
}
