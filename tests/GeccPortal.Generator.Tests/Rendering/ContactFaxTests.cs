using GeccPortal.Generator.Content;
using GeccPortal.Generator.Content.Caching;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// contact.fax (โทรสาร): on an external letter its own line after โทร. in the contact block, as the form prints
/// it; on a memo after the phone in the ส่วนราชการ row; in the site's digits; kept through the source cache.
/// </summary>
public sealed class ContactFaxTests : IDisposable
{
    private const string Contact = """
        contact:
          unit: กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น
          phone: ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒
          fax: 0 2241 9021
          email: saraban@dla.go.th
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_external_letter_prints_the_fax_on_its_own_line_after_the_phone_in_the_sites_digits()
    {
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", Contact);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("letter");
        page.AssertInOrder(".letter-contact .contact-unit", ".letter-contact .contact-phone", ".letter-contact .contact-fax", ".letter-contact .contact-email");
        Assert.Equal("โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒", page.Text(".contact-phone"));
        Assert.Equal("โทรสาร ๐ ๒๒๔๑ ๙๐๒๑", page.Text(".contact-fax"));
    }

    [Fact]
    public async Task A_label_typed_before_a_number_is_left_off_the_page_so_it_is_not_printed_twice()
    {
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ",
            "contact:\n  unit: กองกลาง\n  phone: 'โทร. ๐ ๒๒๔๑ ๙๐๐๐'\n  fax: 'โทรสาร: ๐ ๒๒๔๑ ๙๐๒๑'\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.WarningCount);

        var page = Page("letter");
        Assert.Equal("โทร. ๐ ๒๒๔๑ ๙๐๐๐", page.Text(".contact-phone"));
        Assert.Equal("โทรสาร ๐ ๒๒๔๑ ๙๐๒๑", page.Text(".contact-fax"));
    }

    [Fact]
    public async Task A_memo_prints_the_fax_after_the_phone_in_its_office_row_and_not_again_at_the_foot()
    {
        _site.WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "บันทึก", "type: internal\n" + Contact);
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("memo");
        Assert.Equal("ส่วนราชการ กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒ โทรสาร ๐ ๒๒๔๑ ๙๐๒๑", Squeeze(page.Text(".memo-office")));
        Assert.Single(page.Document.QuerySelectorAll(".contact-fax"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-contact .contact-fax"));
    }

    [Fact]
    public async Task A_fax_alone_makes_a_memos_office_row_and_an_arabic_digit_site_prints_it_in_arabic()
    {
        using var site = new TestSite("title: ทดสอบ\nbaseUrl: /\ndigits: arabic\n");
        site.WithCircular("content/circulars/memo.md", "มท ๐๒๑๘.๑/ว ๕๐๐", "2025-03-03", "บันทึก", "type: internal\ncontact:\n  fax: ๐ ๒๒๔๑ ๙๐๒๑\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = new HtmlPage(site.ReadOutput("circulars/memo/index.html"));
        Assert.Equal("ส่วนราชการ โทรสาร 0 2241 9021", Squeeze(page.Text(".memo-office")));
    }

    [Fact]
    public async Task A_letter_without_a_fax_has_no_fax_line()
    {
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", "contact:\n  phone: ๐ ๒๒๔๑ ๙๐๐๐\n  fax:\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = Page("letter");
        Assert.Equal("โทร. ๐ ๒๒๔๑ ๙๐๐๐", page.Text(".letter-contact"));
        Assert.Empty(page.Document.QuerySelectorAll(".contact-fax"));
    }

    [Fact]
    public void The_fax_read_from_the_source_cache_equals_the_parsed_one_with_its_location()
    {
        _site.WithCircular("content/circulars/letter.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", Contact);
        var cacheFile = Path.Combine(_site.Root, "sources.bin");
        var parsed = ContentLoader.Load(_site.ContentDirectory, new DiagnosticBag(), SourceCache.Open(cacheFile));
        var cached = ContentLoader.Load(_site.ContentDirectory, new DiagnosticBag(), SourceCache.Open(cacheFile));

        var fax = Assert.Single(cached.Circulars).FrontMatter.Contact!.Fax!;
        Assert.Equal("0 2241 9021", fax.Value);
        Assert.Equal(8, fax.Location.Line);
        Assert.Equal(Assert.Single(parsed.Circulars).FrontMatter.Contact, cached.Circulars[0].FrontMatter.Contact);
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
