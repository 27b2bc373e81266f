using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// Keys an order's or an announcement's form has no place for (เรียน, the contact block, the issuer's address): a
/// warning at the key, the letter still published without them. The external letter's and the memo's keep them all.
/// </summary>
public sealed class LetterFormKeyTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_order_warns_at_each_key_its_form_has_no_place_for_and_leaves_them_off_the_page()
    {
        _site.WithCircular(Path, "นพ ๑๒๓/๒๕๖๘", "2025-01-07", "แต่งตั้ง", """
            type: order
            issuer: |-
              จังหวัดนครพนม
              ถนนอภิบาลบัญชา
            to: นายอำเภอทุกอำเภอ
            contact:
              unit: สำนักงานจังหวัด
              fax: ๐ ๔๒๕๑ ๑๔๒๔
            """);
        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
        [
            $"{Path}:6:1: warning: 'issuer': an order (คำสั่ง) names only the issuing agency, the first line, in its heading; the other lines (an address) are not shown",
            $"{Path}:9:1: warning: 'to' (เรียน): an order (คำสั่ง) has no addressee line; it is not shown",
            $"{Path}:11:3: warning: 'contact' (ส่วนราชการเจ้าของเรื่อง): an order (คำสั่ง) has no contact block; it is not shown",
        ], TestSite.Messages(result));

        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal("คำสั่งจังหวัดนครพนม", page.Text(".heading-kind"));
        Assert.DoesNotContain("นายอำเภอทุกอำเภอ", page.Text("article"));
        Assert.DoesNotContain("ถนนอภิบาลบัญชา", page.Text("article"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-contact, .contact-fax"));
    }

    [Fact]
    public async Task An_announcement_names_itself_in_the_warning_and_an_empty_contact_is_nothing_to_warn_about()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๙๐", "2025-02-03", "รับสมัคร", "type: announcement\nto:\n  - ผู้ว่าราชการจังหวัด\ncontact:\n  unit:\n  phone:\n");

        Assert.Equal(
            [$"{Path}:7:5: warning: 'to' (เรียน): an announcement (ประกาศ) has no addressee line; it is not shown"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("นพ ๑/๑๒๓๔")]
    [InlineData("นพ ๐/๒๕๖๘")]
    public async Task A_one_digit_number_is_read_as_an_orders_only_before_a_buddhist_era_year(string reference)
    {
        _site.WithCircular(Path, reference, "2025-01-07", "แต่งตั้ง", "type: order");

        Assert.Equal(
            [$"{Path}:2:1: error: malformed ref '{reference}': write agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("external")]
    [InlineData("internal")]
    [InlineData("directive")]
    public async Task Letters_of_the_other_forms_keep_every_key_without_a_warning(string type)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ",
            $"type: {type}\nissuer: |-\n  กรม\n  ถนน\nto: ผู้ว่าราชการจังหวัด\ncontact:\n  unit: กอง\n  fax: ๐ ๒๒๔๑ ๙๐๒๑\n");

        var result = await _site.CheckAsync();
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));
    }
}
