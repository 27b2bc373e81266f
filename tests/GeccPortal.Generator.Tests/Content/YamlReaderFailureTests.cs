using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// Malformed front matter on which YamlDotNet's scanner fails with an exception of its own rather than a
/// YamlException: still the editor's error at a line, never a crash.
/// </summary>
public sealed class YamlReaderFailureTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_unclosed_bracket_before_an_indented_line_is_an_error_at_the_bracket()
    {
        // A pasted line starting with '[' inside a block, its continuation indented deeper (found by mutating the seed letters).
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "contact:\n  unit: |-\n    กองพัฒนา\n  [  รองอธิบดี ปฏิบัติราชการแทน\n    ผู้ประสานงาน นางสาวหนึ่ง\n  phone: ๐๒ ๒๔๑ ๙๐๐๐");

        var result = await _site.CheckAsync();

        Assert.Equal(
            [$"{Path}:8:3: error: invalid YAML: '[' is never closed; if it is part of the text, put the value in quotes"],
            TestSite.Messages(result));
    }

    [Fact]
    public async Task The_failure_in_one_file_does_not_stop_the_others_being_checked()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "contact:\n  unit: x\n  [  y\n    z")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๗", "ไม่ใช่วันที่", "สอง");

        var problems = TestSite.Messages(await _site.CheckAsync());

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith($"{Path}:", StringComparison.Ordinal) && p.Contains("invalid YAML", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("content/circulars/b.md:3:1: error: invalid date", StringComparison.Ordinal));
    }
}
