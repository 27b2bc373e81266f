using System.Diagnostics;

namespace GeccPortal.Extraction.Tests;

/// <summary>Section 3 of the issue: every bad file returns a result with a warning naming it and the reason.</summary>
public class BadFileTests
{
    [Theory]
    [InlineData("zero-bytes.pdf", FileKind.Empty, WarningKind.NoText, "empty")]
    [InlineData("corrupt.pdf", FileKind.Pdf, WarningKind.Unreadable, "damaged or truncated")]
    [InlineData("truncated.pdf", FileKind.Pdf, WarningKind.Unreadable, "damaged or truncated")]
    [InlineData("truncated.docx", FileKind.Zip, WarningKind.Unreadable, "damaged or truncated")]
    [InlineData("encrypted.pdf", FileKind.Pdf, WarningKind.Unreadable, "encrypted")]
    [InlineData("letter.doc", FileKind.LegacyOffice, WarningKind.Unreadable, "old binary Word/Excel format (.doc/.xls) is not read")]
    public void Unreadable_files_return_a_warning_and_no_text(string name, FileKind kind, WarningKind warningKind, string reason)
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path(name), TestFiles.Options);

        Assert.Equal(kind, result.Kind);
        Assert.Equal("", result.Text);
        Assert.Empty(result.Blocks);
        var warning = TestFiles.Warning(result, warningKind);
        Assert.Equal(name, warning.FileName);
        Assert.Contains(reason, warning.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{name}: warning: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_named_pdf_is_read_as_docx_with_a_warning()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("docx-named.pdf"), TestFiles.Options);

        Assert.Equal(FileKind.Docx, result.Kind);
        Assert.Contains("ศูนย์ราชการสะดวก", result.Text);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WarningKind.Mislabelled, warning.Kind);
        Assert.Equal("docx-named.pdf: warning: named .pdf but is a Word document (.docx); read as such", warning.ToString());
    }

    [Fact]
    public void A_zip_bomb_posing_as_docx_is_refused_by_its_declared_size()
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("bomb.docx", HostileFiles.ZipBombDocx(300L * 1024 * 1024, lie: false));
        Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024, "the bomb should be small on disk");

        var result = AttachmentExtractor.Extract(path, TestFiles.Options with { MaxUncompressedBytes = 50L * 1024 * 1024 });

        Assert.Equal(FileKind.Docx, result.Kind);
        var warning = TestFiles.Warning(result, WarningKind.Unreadable);
        Assert.Equal("bomb.docx", warning.FileName);
        Assert.Contains("would unpack to 300 MB (limit 50 MB); refused as a possible zip bomb", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_that_lies_about_its_size_is_stopped_while_inflating()
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("liar.docx", HostileFiles.ZipBombDocx(200L * 1024 * 1024, lie: true));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var result = AttachmentExtractor.Extract(path, TestFiles.Options with { MaxUncompressedBytes = 20L * 1024 * 1024 });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var warning = TestFiles.Warning(result, WarningKind.Unreadable);
        Assert.Equal("liar.docx", warning.FileName);
        Assert.Equal("", result.Text);
        Assert.True(allocated < 120L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB reading a 200 MB bomb");
    }

    [Fact]
    public void A_pdf_with_a_10000_deep_reference_chain_returns()
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("chain.pdf", HostileFiles.PdfWithReferenceChain(10_000));
        var clock = Stopwatch.StartNew();

        var result = AttachmentExtractor.Extract(path, TestFiles.Options);

        // PdfPig follows the chain without recursing, so the page is read in full.
        Assert.True(clock.Elapsed < TestFiles.Options.TimeLimit, $"took {clock.Elapsed}");
        Assert.Equal(FileKind.Pdf, result.Kind);
        Assert.Equal("Hello chain", result.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_pdf_with_arrays_nested_10000_deep_is_refused_with_a_warning()
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("nested.pdf", HostileFiles.PdfWithNestedArrays(10_000));

        var result = AttachmentExtractor.Extract(path, TestFiles.Options);

        var warning = TestFiles.Warning(result, WarningKind.Unreadable);
        Assert.Equal("nested.pdf", warning.FileName);
        Assert.Contains("nesting depth", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_with_the_reason()
    {
        using var scratch = TestFiles.Scratch();
        var result = AttachmentExtractor.Extract(scratch.File("gone.pdf"), TestFiles.Options, new ExtractionCache(scratch.File("cache")));

        Assert.Equal(FileKind.Unknown, result.Kind);
        var warning = TestFiles.Warning(result, WarningKind.Unreadable);
        Assert.Equal("gone.pdf", warning.FileName);
        Assert.StartsWith("file could not be opened: ", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_of_no_known_format_are_named_unreadable()
    {
        using var scratch = TestFiles.Scratch();
        var path = scratch.Write("data.pdf", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x80]);

        var result = AttachmentExtractor.Extract(path, TestFiles.Options);

        Assert.Equal(FileKind.Unknown, result.Kind);
        Assert.Contains("not a format whose text can be read", TestFiles.Warning(result, WarningKind.Unreadable).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("letter.pdf"), TestFiles.Options with { MaxFileBytes = 1024 });

        Assert.Equal("", result.Text);
        Assert.Contains("file is 34.5 KB, over the 1 KB limit", TestFiles.Warning(result, WarningKind.LimitReached).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_the_character_limit_is_cut_with_a_warning()
    {
        var result = AttachmentExtractor.Extract(TestFiles.Path("letter.docx"), TestFiles.Options with { MaxTextChars = 100 });

        Assert.True(result.Text.Length < 400, $"text of {result.Text.Length} characters");
        Assert.Contains("แบบรายงาน", result.Text);
        Assert.DoesNotContain("จึงเรียนมา", result.Text);
        Assert.Contains("longer than 100 characters", TestFiles.Warning(result, WarningKind.LimitReached).Reason, StringComparison.Ordinal);
    }
}
