using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// An order's or announcement's own number without agency letters (<c>ที่ ๑๒๓/๒๕๖๘</c>): named by its heading, made
/// from <c>issuer</c>, so each body's register is its own; refused on a letter of the other forms, and refused
/// without the issuer. An announcement may have no ref at all.
/// </summary>
public sealed class OrderNumberRefTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Two_provinces_orders_of_one_number_and_year_are_two_letters()
    {
        _site.WithCircular("content/circulars/nakhon-phanom.md", "ที่ ๑๒๓/๒๕๖๘", "๑๐ กุมภาพันธ์ ๒๕๖๘", "แต่งตั้งคณะกรรมการป้องกันและแก้ไขปัญหาไฟป่า",
                "type: order\nissuer: จังหวัดนครพนม")
            .WithCircular("content/circulars/sakon-nakhon.md", "๑๒๓/๒๕๖๘", "2025-03-03", "แต่งตั้งคณะทำงานจัดงานประเพณี", "type: order\nissuer: จังหวัดสกลนคร");

        var result = await _site.CheckAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Empty(TestSite.Messages(result));
    }

    [Fact]
    public async Task One_provinces_order_number_twice_in_a_year_is_a_duplicate_named_by_its_heading()
    {
        _site.WithCircular("content/circulars/a.md", "ที่ ๑๒๓/๒๕๖๘", "2025-02-10", "แต่งตั้ง", "type: order\nissuer: จังหวัดนครพนม")
            .WithCircular("content/circulars/b.md", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "2025-02-11", "แต่งตั้งอีกครั้ง", "type: order");

        Assert.Equal(
            ["content/circulars/b.md:2:1: error: duplicate ref 'คำสั่งจังหวัดนครพนมที่123/2568' in พ.ศ. 2568 (2025): also used by content/circulars/a.md:2:1"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1ที่5/2568")]
    [InlineData("โรงเรียนบ้านนาแก (ประชาสามัคคี)", "คำสั่งโรงเรียนบ้านนาแก (ประชาสามัคคี) ที่ 5/2568", "คำสั่งโรงเรียนบ้านนาแก(ประชาสามัคคี)ที่5/2568")]
    public async Task An_order_of_a_body_named_with_a_digit_or_brackets_is_cited_by_its_heading_and_number(string issuer, string cited, string normalized)
    {
        _site.WithCircular("content/circulars/order.md", "ที่ ๕/๒๕๖๘", "2025-01-15", "แต่งตั้งคณะกรรมการ", $"type: order\nissuer: {issuer}")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2025-01-20", "ส่งสำเนาคำสั่ง", $"references:\n  - ref: {cited}");

        var result = await _site.CheckAsync();
        Assert.Empty(TestSite.Messages(result));
        Assert.Contains(result.Site!.Circulars, circular => circular.Ref?.Normalized == normalized);
    }

    [Fact]
    public async Task An_order_whose_heading_does_not_read_back_as_its_ref_is_an_error()
    {
        // A '/' in the body's name: the printed ref would be read as another number or none.
        _site.WithCircular("content/circulars/a.md", "ที่ ๕/๒๕๖๘", "2025-01-15", "แต่งตั้ง", "type: order\nissuer: กองคลัง/งานพัสดุ");

        var message = Assert.Single(TestSite.Messages(await _site.CheckAsync()));
        Assert.StartsWith("content/circulars/a.md:2:1: error: ref 'ที่ ๕/๒๕๖๘' under the heading made from 'issuer' reads 'คำสั่งกองคลัง/งานพัสดุ ที่ 5/2568', which does not read back", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_numbered_without_agency_letters_needs_its_issuer()
    {
        _site.WithCircular("content/circulars/a.md", "ที่ ๔๕๖/๒๕๖๗", "2024-06-03", "มอบอำนาจ", "type: order");

        Assert.Equal(
            ["content/circulars/a.md:2:1: error: ref 'ที่ ๔๕๖/๒๕๖๗' has no agency letters, so 'issuer' must name the body its heading names (คำสั่งจังหวัดนครพนม: issuer: จังหวัดนครพนม): every body numbers its own; or write the agency's letters (นพ ๔๕๖/๒๕๖๗)"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("external", "๑๒๓/๒๕๖๘")]
    [InlineData("internal", "ที่ 123/2568")]
    [InlineData("directive", "๑๒๓/๒๕๖๘")]
    public async Task A_letter_of_another_form_numbered_without_agency_letters_is_an_error(string type, string reference)
    {
        _site.WithCircular("content/circulars/a.md", reference, "2025-01-07", "หนังสือ", $"type: {type}\nissuer: จังหวัดนครพนม");

        Assert.Equal(
            [$"content/circulars/a.md:2:1: error: ref '{reference}' has no agency letters: only an order (คำสั่ง) or announcement (ประกาศ) is numbered number/year without them; write agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_letter_of_another_form_with_an_orders_heading_and_number_is_an_error()
    {
        _site.WithCircular("content/circulars/a.md", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "2025-01-07", "หนังสือ");

        Assert.Equal(
            ["content/circulars/a.md:2:1: error: ref 'คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘' is an order's or announcement's number: a letter's ref has agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖; or set 'type: order' or 'type: announcement'"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("type: order\nissuer: จังหวัดสกลนคร", "คำสั่งจังหวัดสกลนคร")]
    [InlineData("type: announcement", "ประกาศจังหวัดนครพนม")]
    public async Task A_ref_under_another_heading_than_the_pages_is_a_warning(string extra, string printed)
    {
        _site.WithCircular("content/circulars/a.md", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "2025-02-10", "แต่งตั้ง", extra);

        Assert.Equal(
            [$"content/circulars/a.md:2:1: warning: ref's heading 'คำสั่งจังหวัดนครพนม' is not the page's '{printed}' (from 'type' and 'issuer'): the ref names the letter; check which is meant"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task An_announcement_may_have_no_ref_but_an_order_must()
    {
        _site.With("content/circulars/announcement.md",
                "---\ndate: ๒๐ มกราคม ๒๕๖๘\ntitle: รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง\ntype: announcement\nissuer: กรมส่งเสริมการปกครองท้องถิ่น\n---\nด้วยกรมส่งเสริมการปกครองท้องถิ่นประสงค์จะรับสมัคร\n")
            .With("content/circulars/order.md", "---\ndate: 2025-01-20\ntitle: แต่งตั้ง\ntype: order\nissuer: จังหวัดนครพนม\n---\nเนื้อความ\n");

        Assert.Equal(["content/circulars/order.md:2:1: error: missing required key 'ref'"], TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task Two_announcements_without_a_ref_are_duplicates_only_with_one_title_and_date()
    {
        const string Announcement = "---\ndate: {0}\ntitle: {1}\ntype: announcement\n---\nเนื้อความ\n";
        _site.With("content/circulars/a.md", string.Format(Announcement, "2025-01-20", "รับสมัครพนักงานจ้าง"))
            .With("content/circulars/b.md", string.Format(Announcement, "2025-01-20", "รับสมัครพนักงานจ้าง"))
            .With("content/circulars/c.md", string.Format(Announcement, "2025-01-21", "รับสมัครพนักงานจ้าง"))
            .With("content/circulars/d.md", string.Format(Announcement, "2025-01-20", "ผลการเลือกสรร"));

        Assert.Equal(
            ["content/circulars/b.md:3:1: error: duplicate announcement without ref: title 'รับสมัครพนักงานจ้าง' dated 2025-01-20 again: also used by content/circulars/a.md:3:1"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_reference_without_a_ref_is_cited_by_its_title_and_a_cited_number_alone_names_no_issuer()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", """
            references:
              - title: มติคณะรัฐมนตรีเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๘
              - title: พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔
                date: 1991-09-04
              - ref: ๑๒๓/๒๕๖๘
              - date: 2025-01-01
            """);

        Assert.Equal(
        [
            "content/circulars/a.md:9:5: error: reference ref '๑๒๓/๒๕๖๘' names no issuer: cite an order or announcement by its heading and number, e.g. คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘",
            "content/circulars/a.md:10:5: error: missing key 'ref' in 'references': give a letter's 'ref', or the 'title' of what has none (a law, a cabinet resolution)",
        ], TestSite.Messages(await _site.CheckAsync()));
    }
}
