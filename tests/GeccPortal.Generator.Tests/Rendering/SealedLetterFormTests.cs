using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// The sealed letter (หนังสือประทับตรา, site probe 11): it printed as an external letter, with เรื่อง, the date at the
/// top and the agency's name pasted as a paragraph. Its form is ที่, ถึง, the text, the seal line (the agency's name)
/// with the date under it, and the unit that drafted it: no closing and no signer.
/// </summary>
public sealed class SealedLetterFormTests : IDisposable
{
    private const string Contact = "contact:\n  unit: กองควบคุมการก่อสร้างอาคาร\n  phone: ๐ ๒๒๙๙ ๔๐๐๐\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_sealed_letter_prints_to_its_text_then_the_agencys_name_and_the_date_under_it_and_no_signer()
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๕", "2025-01-21", "ขอส่งคู่มือ",
            "type: sealed\nissuer: กรมโยธาธิการและผังเมือง\nto: ผู้ว่าราชการจังหวัด ทุกจังหวัด\n" + Contact,
            "กรมโยธาธิการและผังเมืองขอส่งคู่มือมาเพื่อโปรดทราบ");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));

        var page = Page("sealed");
        page.AssertInOrder(".letter-head .ref", ".letter-fields h1.title", ".letter-fields .to", ".letter-body", ".letter-issued-by .issued-by-agency",
            ".letter-issued-by .issued-by-date", ".letter-contact");
        Assert.Equal("หนังสือประทับตรา", page.Text(".letter-marks .type"));
        Assert.Equal(["เรื่อง", "ถึง"], page.Document.QuerySelectorAll(".letter-fields dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal("กรมโยธาธิการและผังเมือง", page.Text(".issued-by-agency"));
        Assert.Equal("๒๑ มกราคม ๒๕๖๘", page.Text(".issued-by-date"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-head .issuer, .letter-head .date, .closing, .letter-signature, .centred-heading"));
    }

    [Fact]
    public async Task The_seal_line_names_the_refs_agency_without_an_issuer_and_the_thai_name_of_the_type_is_read()
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๖", "2025-01-21", "ขอส่งคู่มือ", "type: หนังสือประทับตรา\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        Assert.Equal("กระทรวงมหาดไทย", Page("sealed").Text(".issued-by-agency"));
    }

    [Fact]
    public async Task A_signer_and_an_address_are_left_off_a_sealed_letter_with_a_warning_at_each()
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๗", "2025-01-21", "ขอส่งคู่มือ",
            "type: sealed\nissuer: |-\n  กรมโยธาธิการและผังเมือง\n  ถนนพระรามที่ ๖ กทม. ๑๐๔๐๐\nsigner:\n  name: นายทดสอบ ระบบ\n  position: อธิบดี\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var messages = TestSite.Messages(result);
        Assert.Contains(messages, m => m.Contains("sealed.md:6:", StringComparison.Ordinal) && m.Contains("warning: 'issuer': a sealed letter", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("sealed.md:10:", StringComparison.Ordinal) && m.Contains("warning: 'signer': a sealed letter (หนังสือประทับตรา) is not signed", StringComparison.Ordinal));
        var page = Page("sealed");
        Assert.Empty(page.Document.QuerySelectorAll(".letter-signature, .signer-name"));
        Assert.Equal("กรมโยธาธิการและผังเมือง", page.Text(".issued-by-agency"));
    }

    [Theory]
    [InlineData("กรมโยธาธิการและผังเมือง", "")]
    [InlineData("กรมโยธาธิการ และผังเมือง", "")]
    [InlineData("กรมโยธาธิการและผังเมือง\n๒๑ มกราคม ๒๕๖๘", " and the date")]
    public async Task The_agencys_name_pasted_at_the_texts_end_is_left_off_with_a_warning(string pasted, string withDate)
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๘", "2025-01-21", "ขอส่งคู่มือ", "type: sealed\nissuer: กรมโยธาธิการและผังเมือง\n",
            "กรมโยธาธิการและผังเมืองขอส่งคู่มือมาเพื่อโปรดทราบ\n\n" + pasted);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var warning = Assert.Single(TestSite.Messages(result));
        Assert.Contains("sealed.md:10:1: warning: the text ends with the issuing agency's name" + withDate, warning, StringComparison.Ordinal);
        var page = Page("sealed");
        Assert.Single(page.Document.QuerySelectorAll(".letter-body p"));
        Assert.DoesNotContain("๒๑ มกราคม", page.Text(".letter-body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agencys_name_pasted_on_a_letter_typed_as_prathap_tra_is_warned_at_as_on_a_sealed_one()
    {
        // The type's short Thai name is read alike everywhere: the check on the text once read it as no known type.
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๘", "2025-01-21", "ขอส่งคู่มือ", "type: ประทับตรา\nissuer: กรมโยธาธิการและผังเมือง\n",
            "กรมโยธาธิการและผังเมืองขอส่งคู่มือมาเพื่อโปรดทราบ\n\nกรมโยธาธิการและผังเมือง");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        var warning = Assert.Single(TestSite.Messages(result));
        Assert.Contains("warning: the text ends with the issuing agency's name, which the page of a หนังสือประทับตรา prints", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_last_line_or_the_name_on_another_form_is_kept_unwarned()
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๑๙", "2025-01-21", "ขอส่งคู่มือ", "type: sealed\nissuer: กรมโยธาธิการและผังเมือง\n",
                "ขอส่งคู่มือมาเพื่อโปรดทราบ\n\nกรมโยธาธิการและผังเมืองขอขอบคุณ")
            .WithCircular("content/circulars/external.md", "มท ๐๘๐๔.๓/ว ๒๐", "2025-01-21", "ขอส่งคู่มือ", "issuer: กรมโยธาธิการและผังเมือง\n",
                "ขอส่งคู่มือมาเพื่อโปรดทราบ\n\nกรมโยธาธิการและผังเมือง");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);

        Assert.Empty(TestSite.Messages(result));
        Assert.Equal(2, Page("sealed").Document.QuerySelectorAll(".letter-body p").Length);
        Assert.Equal(2, Page("external").Document.QuerySelectorAll(".letter-body p").Length);
    }

    [Fact]
    public async Task A_sealed_letters_addressee_typed_with_its_label_is_shown_without_it_with_a_warning()
    {
        _site.WithCircular("content/circulars/sealed.md", "มท ๐๘๐๔.๓/ว ๒๑", "2025-01-21", "ขอส่งคู่มือ",
            "type: sealed\nissuer: กรมโยธาธิการและผังเมือง\nto: ถึง ผู้ว่าราชการจังหวัด ทุกจังหวัด\n");
        var result = await _site.BuildAsync();

        var warning = Assert.Single(TestSite.Messages(result));
        Assert.StartsWith("content/circulars/sealed.md:7:1: warning: to starts with 'ถึง'", warning, StringComparison.Ordinal);
        Assert.Equal("ผู้ว่าราชการจังหวัด ทุกจังหวัด", Page("sealed").Text(".letter-fields .to"));
    }

    private HtmlPage Page(string slug) => new(_site.ReadOutput($"circulars/{slug}/index.html"));
}
