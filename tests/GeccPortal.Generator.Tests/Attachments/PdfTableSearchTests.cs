using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Attachments;

/// <summary>
/// A PDF attachment of tables whose cells wrap (Extraction.Tests' tables.pdf) built into a real index: words a
/// cell wraps over several lines, with other cells' lines between them, are found as the reader typed them.
/// </summary>
public sealed class PdfTableSearchTests : IDisposable
{
    private static readonly string Files = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Extraction.Tests", "Files");

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("ศาลาอเนกประสงค์หมู่บ้านโนนสวรรค์")]
    [InlineData("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง")]
    [InlineData("ทองประเสริฐศักดิ์")]
    [InlineData("นางพรรณี ทองประเสริฐศักดิ์")]
    [InlineData("17 พฤศจิกายน 2567")]
    public async Task Words_wrapped_in_a_table_cell_find_the_letter_by_its_attachment(string query)
    {
        var built = await _site
            .With("content/circulars/mobile/tables.pdf", File.ReadAllBytes(Path.Combine(Files, "tables.pdf")))
            .WithCircular("content/circulars/mobile/index.md", "ขก ๐๐๒๓.๓/ว ๔๑๒", "2024-10-20", "การออกหน่วยบริการเคลื่อนที่", """
                enclosures:
                  - title: กำหนดการและค่าใช้จ่าย
                    file: tables.pdf
                """)
            .BuildAsync(withIndex: true);
        Assert.True(built.Succeeded);

        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        var hit = Assert.Single(searcher.Search(new SearchRequest { Query = query }).Hits);
        Assert.Contains("attachment:tables.pdf", hit.Matches);
    }
}
