using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// อ้างถึง and สิ่งที่ส่งมาด้วย as the Regulation on Correspondence's forms print them: a single reference or
/// enclosure without a number, two or more numbered. The numbers come only from an <c>ol</c> (in the site's
/// digits, by the stylesheet), so a lone item must not be one.
/// </summary>
public sealed class LetterNumberingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task One_reference_and_one_enclosure_are_not_numbered_in_a_letter_or_a_memo()
    {
        const string one = """
            references:
              - ref: กค ๐๔๐๕.๒/ว ๕๐
                title: หนังสือกรมบัญชีกลาง
            enclosures:
              - title: สำเนาหนังสือ จำนวน ๑ ชุด
            """;
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", one)
            .WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "บันทึก", "type: internal\n" + one);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var letter = Page("letter");
        Assert.Empty(letter.Document.QuerySelectorAll(".letter-fields ol, .letter-fields li"));
        Assert.Equal("สำเนาหนังสือ จำนวน ๑ ชุด", letter.Text(".letter-fields .enclosures .enclosure-title"));
        Assert.Equal("หนังสือกรมบัญชีกลาง ที่ กค ๐๔๐๕.๒/ว ๕๐", Squeeze(letter.Text(".letter-fields .references")));

        var memo = Page("memo");
        Assert.Empty(memo.Document.QuerySelectorAll(".memo-references ol, .memo-enclosures ol, .letter li"));
        Assert.Equal("อ้างถึง หนังสือกรมบัญชีกลาง ที่ กค ๐๔๐๕.๒/ว ๕๐", Squeeze(memo.Text(".memo-references")));
        Assert.Equal("สำเนาหนังสือ จำนวน ๑ ชุด", memo.Text(".memo-enclosures .enclosures"));
    }

    [Fact]
    public async Task Two_references_and_two_enclosures_are_numbered_lists_in_order()
    {
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", """
            references:
              - ref: กค ๐๔๐๕.๒/ว ๕๐
              - ref: กค ๐๔๐๕.๒/ว ๖๐
            enclosures:
              - title: หลักเกณฑ์
              - title: แบบรายงาน
            """);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var letter = Page("letter");
        Assert.Equal(["ที่ กค ๐๔๐๕.๒/ว ๕๐", "ที่ กค ๐๔๐๕.๒/ว ๖๐"], letter.Texts(".letter-fields .references > ol > li"));
        Assert.Equal(["หลักเกณฑ์", "แบบรายงาน"], letter.Texts(".letter-fields ol.enclosures > li"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
