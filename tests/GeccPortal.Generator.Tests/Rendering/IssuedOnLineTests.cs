using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// An order's or announcement's text pasted down to its date line (สั่ง ณ วันที่ …, ประกาศ ณ วันที่ …), which the page
/// prints itself from <c>date</c>: shown once, with a warning at the pasted line; a line naming another day is kept,
/// and the warning asks which date is right.
/// </summary>
public sealed class IssuedOnLineTests : IDisposable
{
    private const string Signer = "signer:\n  name: นายสมชาย ใจดี\n  position: ผู้ว่าราชการจังหวัดนครพนม";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_orders_pasted_date_line_and_signer_are_shown_once()
    {
        // Body from line 10.
        _site.WithCircular("content/circulars/a.md", "นพ ๑๒/๒๕๖๘", "2025-01-08", "แต่งตั้งคณะกรรมการ", "type: order\n" + Signer,
            "ให้คณะกรรมการปฏิบัติหน้าที่\n\nสั่ง  ณ  วันที่  ๘  มกราคม  พ.ศ. ๒๕๖๘\n\n(นายสมชาย ใจดี)\nผู้ว่าราชการจังหวัดนครพนม");
        var result = await _site.BuildAsync();
        Assert.Equal(
            [
                "content/circulars/a.md:12:1: warning: the text ends with 'สั่ง  ณ  วันที่  ๘  มกราคม  พ.ศ. ๒๕๖๘', which the page prints itself from 'date': it is left off here; delete the line",
                "content/circulars/a.md:14:1: warning: the text ends with the signer's name and position, which the page prints itself below the text from 'signer': they are left off here; delete lines 14–15",
            ],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal(["ให้คณะกรรมการปฏิบัติหน้าที่"], page.Texts(".letter-body p"));
        Assert.Equal("สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘", page.Text(".issued-on"));
    }

    [Fact]
    public async Task An_announcements_date_line_in_short_form_is_shown_once()
    {
        _site.WithCircular("content/circulars/a.md", "ที่ ๓/๒๕๖๘", "๘ มกราคม ๒๕๖๘", "รับสมัคร", "type: announcement\nissuer: จังหวัดนครพนม",
            "จึงประกาศมาเพื่อทราบโดยทั่วกัน\nประกาศ ณ วันที่ 8 ม.ค. 2568");
        var result = await _site.BuildAsync();
        var message = Assert.Single(TestSite.Messages(result));
        Assert.StartsWith("content/circulars/a.md:9:1: warning: the text ends with 'ประกาศ ณ วันที่ 8 ม.ค. 2568', which the page prints itself", message, StringComparison.Ordinal);
        Assert.Equal(["จึงประกาศมาเพื่อทราบโดยทั่วกัน"], new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Fact]
    public async Task A_date_line_naming_another_day_is_kept_with_a_warning()
    {
        _site.WithCircular("content/circulars/a.md", "นพ ๑๒/๒๕๖๘", "2025-01-08", "แต่งตั้งคณะกรรมการ", "type: order",
            "ให้คณะกรรมการปฏิบัติหน้าที่\n\nสั่ง ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๘");
        var message = Assert.Single(TestSite.Messages(await _site.BuildAsync()));
        Assert.Contains("another day: the line is kept; check which date is right", message, StringComparison.Ordinal);
        Assert.Contains("สั่ง ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๘", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Texts(".letter-body p"));
    }

    [Theory]
    // Not an order or announcement: their forms print no such line.
    [InlineData("", "ข้อความ\n\nสั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘")]
    // More on the line than the date.
    [InlineData("type: order", "ข้อความ\n\nสั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘ เป็นต้นไป")]
    // Not the last line.
    [InlineData("type: order", "สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘\n\nข้อความ")]
    public async Task Other_text_is_left_as_written(string extra, string body)
    {
        _site.WithCircular("content/circulars/a.md", "นพ ๑๒/๒๕๖๘", "2025-01-08", "เรื่อง", extra, body);
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
        Assert.Contains("สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘", new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Text(".letter-body"), StringComparison.Ordinal);
    }
}
