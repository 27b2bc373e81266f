using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Attachments;

/// <summary>Attached files end to end: copied, read, given a text view, and searchable by their words.</summary>
public sealed class AttachmentPublishingTests : IDisposable
{
    private static readonly string Files = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Extraction.Tests", "Files");

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite WithLetterAndAttachments() => _site
        .With("content/circulars/report/letter.pdf", File.ReadAllBytes(Path.Combine(Files, "letter.pdf")))
        .With("content/circulars/report/budget.xlsx", File.ReadAllBytes(Path.Combine(Files, "budget.xlsx")))
        .With("content/circulars/report/empty.pdf", [])
        .WithCircular("content/circulars/report/index.md", "นพ ๐๐๒๓.๓/ว ๓๐๐", "2025-02-01", "ส่งแบบรายงาน", """
            enclosures:
              - title: แบบรายงานผล
                file: letter.pdf
              - title: ตารางงบประมาณ
                file: budget.xlsx
              - title: ไฟล์ว่าง
                file: empty.pdf
            """);

    [Fact]
    public async Task Each_attachment_is_published_with_a_text_view_and_its_page_count()
    {
        var result = await WithLetterAndAttachments().BuildAsync();

        Assert.True(result.Succeeded);
        Assert.True(_site.OutputExists("circulars/report/letter.pdf"));
        Assert.True(_site.OutputExists("circulars/report/empty.pdf"));

        var view = _site.ReadOutput("circulars/report/letter.pdf.html");
        Assert.Contains("ศูนย์ราชการสะดวก", view);
        Assert.Contains("lang=\"th\"", view);
        var sheet = _site.ReadOutput("circulars/report/budget.xlsx.html");
        Assert.Contains("<th scope=\"col\">", sheet);
        // The workbook's sheet names are the page's second level: no level is skipped after the h1.
        Assert.Matches(new System.Text.RegularExpressions.Regex("</h1>.*?<h2>", System.Text.RegularExpressions.RegexOptions.Singleline), sheet);
        Assert.DoesNotContain("<h3", sheet);

        var page = _site.ReadOutput("circulars/report/index.html");
        Assert.Contains("href=\"/circulars/report/letter.pdf.html\"", page);
        Assert.Contains("๑ หน้า", page);
        Assert.False(_site.OutputExists("circulars/report/empty.pdf.html"));
    }

    [Fact]
    public async Task An_unreadable_attachment_is_a_warning_naming_the_file()
    {
        var result = await WithLetterAndAttachments().BuildAsync();

        var warning = Assert.Single(TestSite.Messages(result), m => m.Contains("empty.pdf", StringComparison.Ordinal));
        Assert.Contains(": warning: ", warning);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Attachment_words_are_searchable_and_the_hit_names_the_file()
    {
        Assert.True((await WithLetterAndAttachments().BuildAsync(withIndex: true)).Succeeded);

        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        var response = searcher.Search(new SearchRequest { Query = "ค่าจัดทำป้ายประชาสัมพันธ์" });

        var hit = Assert.Single(response.Hits);
        Assert.Equal("circulars/report/", hit.Url);
        Assert.Contains("attachment:letter.pdf", hit.Matches);
    }
}
