using System.Diagnostics;
using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Extraction.Tests;

/// <summary>letter.pdf: a Thai letter typeset by LibreOffice (Garuda), with a heading, paragraphs and a table.</summary>
public partial class PdfExtractionTests
{
    private static readonly ExtractionResult Letter = AttachmentExtractor.Extract(TestFiles.Path("letter.pdf"), TestFiles.Options);

    [Fact]
    public void Reads_the_text_layer_with_thai_words_whole()
    {
        Assert.Equal(FileKind.Pdf, Letter.Kind);
        Assert.Equal(1, Letter.PageCount);
        Assert.False(Letter.FromOcr);
        Assert.Empty(Letter.Warnings);

        // Words that a naive extraction splits (zero-width marks) or garbles (sara am drawn as two glyphs).
        Assert.Contains("แบบรายงานผลการดำเนินงานศูนย์ราชการสะดวก", Letter.Text);
        Assert.Contains("สำนักงานปลัดสำนักนายกรัฐมนตรีได้กำหนดเปิดรับสมัคร", Letter.Text);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", Letter.Text);
        Assert.Contains("(Government Easy Contact Center: GECC)", Letter.Text);
        Assert.Contains("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป", Letter.Text);
    }

    [Fact]
    public void Joins_wrapped_thai_lines_without_a_space()
    {
        // The first paragraph wraps after มาตรฐาน; Thai words continue on the next line with no space.
        Assert.Contains("การรับรองมาตรฐานการให้บริการ", Letter.Text);
        Assert.Contains("ให้หน่วยงานที่ประสงค์จะสมัคร", Letter.Text);
    }

    [Fact]
    public void Finds_headings_by_font_size()
    {
        var headings = Letter.Blocks.OfType<HeadingBlock>().ToList();
        Assert.Contains(headings, h => h.Level == 1 && h.Text == "แบบรายงานผลการดำเนินงานศูนย์ราชการสะดวก");
        Assert.Contains(headings, h => h.Text == "รายละเอียดงบประมาณ");
        Assert.All(Letter.Blocks.OfType<ParagraphBlock>(), p => Assert.DoesNotContain("\u0007", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_table_rows_on_one_line_in_reading_order()
    {
        Assert.Matches(RowPattern(), Letter.Text);
        Assert.True(Letter.Text.IndexOf("45,000", StringComparison.Ordinal) < Letter.Text.IndexOf("120,500", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_the_same_characters_in_the_same_order_as_pdftotext()
    {
        var poppler = RunPdftotext(TestFiles.Path("letter.pdf"));

        // pdftotext spaces Thai words apart after vowel signs (เปิ ด); compare with spaces taken out.
        Assert.Equal(WithoutSpaces(ExtractedTextRepair.Repair(poppler)), WithoutSpaces(Letter.Text));

        // And every space-separated Latin or number word pdftotext finds, in the same order.
        Assert.Equal(LatinWords(poppler), LatinWords(Letter.Text));
    }

    private static string RunPdftotext(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static string WithoutSpaces(string text) => WhiteSpace().Replace(text, "");

    private static List<string> LatinWords(string text) => LatinWord().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9,.:()]*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"ค่าจัดทำป้ายประชาสัมพันธ์ สำนักปลัด 45,000")]
    private static partial Regex RowPattern();
}
