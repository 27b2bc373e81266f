using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>
/// The replacement character (U+FFFD) a converter leaves where it lost a character (site probe 9, 2026-11-29): a letter
/// printed <c>การจัดท��แผน</c> with no word to its editor. A warning at each line, with its column.
/// </summary>
public sealed class LostCharacterTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Each_line_holding_one_is_warned_at_in_letters_and_pages()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การจัดท\uFFFD\uFFFDแผนพัฒนาท้องถิ่น",
                body: "ด้วยกรมได้จัดท\uFFFD\uFFFDแนวทาง")
            .With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nเว็บไซต์\uFFFDนี้\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        const string Says = "holds '\uFFFD' (U+FFFD), the mark a converter leaves where it lost a character (text saved in another encoding, or pasted from a PDF): the page shows the mark; type the character meant";
        Assert.Equal(
            [
                $"content/circulars/a.md:4:15: warning: 'การจัดท\uFFFD\uFFFDแผนพัฒนาท้องถิ่น' {Says}",
                $"content/circulars/a.md:6:15: warning: 'ด้วยกรมได้จัดท\uFFFD\uFFFDแนวทาง' {Says}",
                $"content/pages/about.md:4:9: warning: 'เว็บไซต์\uFFFDนี้' {Says}",
            ],
            TestSite.Messages(result));
    }
}
