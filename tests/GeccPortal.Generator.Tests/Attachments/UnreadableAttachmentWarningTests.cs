using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Attachments;

/// <summary>
/// An attached file that cannot be read (empty, damaged) is a warning at its enclosure's <c>file:</c> line naming
/// the file under content/; the letter is still published and the file still offered for download.
/// </summary>
public sealed class UnreadableAttachmentWarningTests : IDisposable
{
    private static readonly string Files = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Extraction.Tests", "Files");

    private const string Index = "content/circulars/report/index.md";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<IReadOnlyList<string>> BuildWith(string fileName, byte[] bytes)
    {
        _site.With($"content/circulars/report/{fileName}", bytes)
            .WithCircular(Index, "นพ ๐๐๒๓.๓/ว ๓๐๐", "2025-02-01", "ส่งแบบรายงาน",
                $"enclosures:\n  - title: แบบรายงาน\n    file: {fileName}");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.True(_site.OutputExists($"circulars/report/{fileName}"));
        return TestSite.Messages(result);
    }

    [Fact]
    public async Task An_empty_file_is_reported_at_its_file_line()
    {
        Assert.Equal(
            [$"{Index}:7:5: warning: attachment content/circulars/report/empty.pdf: file is empty (0 bytes); it is still offered for download, but no text of it is shown or searched"],
            await BuildWith("empty.pdf", []));
    }

    [Theory]
    [InlineData("corrupt.pdf")]
    [InlineData("truncated.pdf")]
    [InlineData("truncated.docx")]
    public async Task A_damaged_file_is_reported_at_its_file_line_by_its_content_path(string fileName)
    {
        var warning = Assert.Single(await BuildWith(fileName, File.ReadAllBytes(Path.Combine(Files, fileName))));

        Assert.StartsWith($"{Index}:7:5: warning: attachment content/circulars/report/{fileName}: ", warning);
        Assert.EndsWith("; it is still offered for download, but no text of it is shown or searched", warning);
    }
}
