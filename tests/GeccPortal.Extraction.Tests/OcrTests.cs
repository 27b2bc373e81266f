using System.Diagnostics;

namespace GeccPortal.Extraction.Tests;

/// <summary>
/// OCR with tesseract's Thai model (installed by tests/setup.sh). scanned.pdf and scan.png are a Thai page
/// typeset by LibreOffice and rendered to pixels: no text layer at all.
/// </summary>
public class OcrTests
{
    [Fact]
    public void Reads_thai_from_a_scanned_pdf()
    {
        Assert.Equal("", RunPdftotext(TestFiles.Path("scanned.pdf")).Trim());

        var result = AttachmentExtractor.Extract(TestFiles.Path("scanned.pdf"), TestFiles.Options);

        Assert.Equal(FileKind.Pdf, result.Kind);
        Assert.Equal(1, result.PageCount);
        Assert.True(result.FromOcr);
        Assert.Empty(result.Warnings);
        Assert.Contains("ศูนย์ราชการสะดวก", result.Text);
        Assert.Contains("ประกาศจังหวัดนครพนม", result.Text);

        // Tesseract writes sara am as nikhahit + sara aa; the repair joins them.
        Assert.Contains("ประจำปีงบประมาณ", result.Text);
    }

    [Fact]
    public void Reads_thai_from_an_image()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("scan.png"), TestFiles.Options);

        Assert.Equal(FileKind.Png, result.Kind);
        Assert.True(result.FromOcr);
        Assert.Null(result.PageCount);
        Assert.Contains("การรับสมัครศูนย์ราชการสะดวก", result.Text);
    }

    [Fact]
    public void Caps_the_ocr_of_a_300_page_scan()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("scanned-300-pages.pdf"), TestFiles.Options with { MaxOcrPages = 2 });

        Assert.Equal(300, result.PageCount);
        Assert.True(result.FromOcr);
        Assert.Equal(2, result.Blocks.OfType<ParagraphBlock>().Count(p => p.Text.Contains("ศูนย์ราชการสะดวก", StringComparison.Ordinal)));
        var warning = TestFiles.Warning(result, WarningKind.LimitReached);
        Assert.Equal("scanned-300-pages.pdf: warning: scanned PDF: OCR read the first 2 of 300 scanned pages (limit 2)", warning.ToString());
    }

    [Fact]
    public void Stops_at_the_time_limit_and_kills_ocr()
    {
        var clock = Stopwatch.StartNew();
        var result = AttachmentExtractor.Extract(TestFiles.Path("scanned-300-pages.pdf"),
            TestFiles.Options with { MaxOcrPages = 300, TimeLimit = TimeSpan.FromSeconds(3) });
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        var warning = TestFiles.Warning(result, WarningKind.TimedOut);
        Assert.Equal("scanned-300-pages.pdf: warning: reading stopped at the time limit of 3 s; text may be incomplete", warning.ToString());
        Assert.Empty(ChildProcesses("tesseract").Concat(ChildProcesses("pdftoppm")));
    }

    [Fact]
    public void Without_tesseract_the_file_is_returned_with_a_warning()
    {
        var options = TestFiles.Options with { TesseractPath = "/nonexistent/tesseract" };
        using var scratch = TestFiles.Scratch();
        var cache = new ExtractionCache(scratch.File("cache"));

        foreach (var name in new[] { "scanned.pdf", "scan.png" })
        {
            var result = AttachmentExtractor.Extract(TestFiles.Path(name), options, cache);

            Assert.Equal("", result.Text);
            Assert.False(result.FromOcr);
            var warning = TestFiles.Warning(result, WarningKind.OcrUnavailable);
            Assert.Equal(name, warning.FileName);
            Assert.Contains("OCR is unavailable: tesseract is not installed", warning.Reason, StringComparison.Ordinal);

            // Installing tesseract later must not be hidden by a cached empty result.
            Assert.False(AttachmentExtractor.Extract(TestFiles.Path(name), options, cache).FromCache);
        }
    }

    [Fact]
    public void With_ocr_turned_off_scans_are_reported_unread()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("scanned.pdf"), TestFiles.Options with { OcrEnabled = false });

        Assert.Equal("", result.Text);
        Assert.Contains("1 scanned page(s) not read: OCR is turned off", TestFiles.Warning(result, WarningKind.NoText).Reason, StringComparison.Ordinal);
    }

    private static string RunPdftotext(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>Live processes with this name whose parent is this test process.</summary>
    private static IEnumerable<int> ChildProcesses(string name)
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var process in Process.GetProcessesByName(name))
        {
            var stat = File.Exists($"/proc/{process.Id}/stat") ? File.ReadAllText($"/proc/{process.Id}/stat") : "";
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && fields[1] == self)
            {
                yield return process.Id;
            }
        }
    }
}
