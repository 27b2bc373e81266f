using GeccPortal.Generator.Indexing;
using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Indexing;

public sealed class SearchDocumentMapperTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Document_holds_plain_text_and_every_cited_ref()
    {
        _site.WithCircular("content/circulars/a.md", "นพ0023.3/ว274", "2025-01-23", "เรื่อง", """
                urgency: ด่วนที่สุด
                to: [นายอำเภอ, นายก]
                references:
                  - ref: มท ๐๘๑๐.๓/ว ๗๖
                enclosures:
                  - title: สำเนาหนังสือ ที่ มท ๐๘๑๐.๗/ว ๗๖ ลงวันที่ ๙ มกราคม ๒๕๖๘
                    ref: มท ๐๘๑๐.๓/ว ๗๖
                signer: { name: นายหนึ่ง, position: ผู้ว่าราชการจังหวัด }
                tags: [GECC]
                """,
                "ด้วย**สำนักงานปลัด\nสำนัก**นายกรัฐมนตรี ตามหนังสือ ที่ กค 0405.2/ว 119\n\n<b>ตัวหนา</b>")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือกรม");
        var result = await _site.BuildAsync();
        var document = SearchDocumentMapper.Map(result.Site!).Single(d => d.NormalizedRef == "นพ0023.3/ว274");

        // Typed compact in Arabic digits; printed as the page prints it, in the site's Thai digits.
        Assert.Equal("นพ ๐๐๒๓.๓/ว ๒๗๔", document.Ref);
        Assert.Equal("circulars/a/", document.Url);
        Assert.Equal("นพ", document.Agency);
        Assert.Equal("จังหวัดนครพนม", document.AgencyName);
        Assert.Equal("ด่วนที่สุด", document.Urgency);
        Assert.Equal(["นายอำเภอ", "นายก"], document.To);
        Assert.Equal("นายหนึ่ง", document.SignerName);
        Assert.Equal("ด้วยสำนักงานปลัดสำนักนายกรัฐมนตรี ตามหนังสือ ที่ กค 0405.2/ว 119\nตัวหนา", document.Body);
        Assert.Equal(["มท ๐๘๑๐.๓/ว ๗๖", "มท0810.7/ว76", "กค0405.2/ว119"], document.CitedRefs);
    }

    [Fact]
    public async Task An_unnumbered_announcement_is_titled_by_its_heading_and_subject_a_numbered_one_by_its_subject()
    {
        // Site probe 10: the feed and catalogs named it so; search hits still showed the subject alone, with no ref beside it.
        const string Signer = "signer:\n  name: นางทดสอบ ระบบ\n  position: อธิบดีกรมบัญชีกลาง\n";
        _site.With("content/circulars/cgd.md",
            "---\ndate: 2025-04-01\ntitle: อัตราค่าเช่าบ้านข้าราชการ\ntype: announcement\nissuer: กรมบัญชีกลาง\n" + Signer + "---\nข้อ ๑ ประกาศนี้ให้ใช้บังคับ\n")
            .WithCircular("content/circulars/numbered.md", "ที่ ๗/๒๕๖๘", "2025-04-02", "อัตราค่าเช่าบ้าน", "type: announcement\nissuer: กรมบัญชีกลาง\n" + Signer);
        var result = await _site.BuildAsync(withIndex: true);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        var documents = SearchDocumentMapper.Map(result.Site!);

        Assert.Equal("ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้านข้าราชการ", documents.Single(d => d.Ref.Length == 0).Title);
        Assert.Equal("อัตราค่าเช่าบ้าน", documents.Single(d => d.Ref.Length > 0).Title);
        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        Assert.Contains(searcher.Search(new SearchRequest { Query = "ค่าเช่าบ้านข้าราชการ" }).Hits,
            hit => hit.Title == "ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้านข้าราชการ");
    }

    [Fact]
    public async Task Refs_printed_in_an_attached_file_or_glued_to_a_word_are_cited()
    {
        // A forwarded memo carries its own ref; text extracted from a PDF often runs it into the word before.
        _site.With("content/circulars/fwd/memo.txt", "บันทึกข้อความ\nส่วนราชการ กรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๐๘.๒/ว ๕๕\n")
            .WithCircular("content/circulars/fwd/index.md", "นพ0023.3/ว300", "2025-02-01", "แจ้งเวียน", """
                enclosures:
                  - title: สำเนาบันทึก
                    file: memo.txt
                """,
                "ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่นมท ๐๘๑๐.๓/ว ๗๖ และรหัสคม12/345 จึงเรียนมา");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        var document = Assert.Single(SearchDocumentMapper.Map(result.Site!));
        // คม is no agency code in agencies.yml, so คม12/345 stays text.
        Assert.Equal(["มท0810.3/ว76", "มท0808.2/ว55"], document.CitedRefs);
    }

    [Fact]
    public async Task Build_writes_a_search_index_readers_can_open()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        Assert.True((await _site.BuildAsync(withIndex: true)).Succeeded);
        var generation = CircularIndex.ResolveCurrent(_site.IndexDirectory);
        Assert.NotNull(generation);
        Assert.NotEmpty(Directory.GetFiles(generation));
    }

    [Fact]
    public async Task An_order_under_its_heading_is_printed_with_it_and_cited_from_a_body_and_an_announcement_without_a_ref_has_none()
    {
        _site.WithCircular("content/circulars/order.md", "ที่ ๑๒๓/๒๕๖๘", "2025-02-10", "แต่งตั้งคณะกรรมการ", "type: order\nissuer: จังหวัดนครพนม")
            .WithCircular("content/circulars/letter.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2025-02-12", "ส่งสำเนาคำสั่ง", "",
                "ตามคำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘ นั้น")
            .With("content/circulars/hiring.md", "---\ndate: 2025-01-20\ntitle: รับสมัครพนักงานจ้าง\ntype: announcement\n---\nเนื้อความ\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        var documents = SearchDocumentMapper.Map(result.Site!);

        var order = documents.Single(d => d.Url == "circulars/order/");
        Assert.Equal("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", order.Ref);
        Assert.Equal("คำสั่งจังหวัดนครพนมที่123/2568", order.NormalizedRef);
        // Filed under its issuing body's code from agencies.yml (นพ: จังหวัดนครพนม), so the agency filter finds it.
        Assert.Equal("นพ", order.Agency);
        Assert.Equal(["คำสั่งจังหวัดนครพนมที่123/2568"], documents.Single(d => d.Url == "circulars/letter/").CitedRefs);

        var hiring = documents.Single(d => d.Url == "circulars/hiring/");
        Assert.Equal(("", ""), (hiring.Ref, hiring.NormalizedRef));
        Assert.Empty(hiring.CitedRefs);
    }

    [Fact]
    public async Task The_built_index_looks_up_an_order_under_its_heading_and_finds_an_announcement_without_a_ref()
    {
        _site.WithCircular("content/circulars/order.md", "ที่ ๔๕๖/๒๕๖๗", "2024-06-03", "มอบอำนาจให้รองผู้ว่าราชการจังหวัด", "type: order\nissuer: กระทรวงมหาดไทย")
            .With("content/circulars/hiring.md", "---\ndate: 2025-01-20\ntitle: รับสมัครพนักงานจ้าง\ntype: announcement\n---\nเนื้อความ\n");
        var result = await _site.BuildAsync(withIndex: true);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));

        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        Assert.Equal("circulars/order/", searcher.Lookup("คำสั่งกระทรวงมหาดไทย ที่ 456/2567")?.Url);
        Assert.Equal("circulars/order/", searcher.Search(new SearchRequest { Query = "456/2567" }).Hits[0].Url);
        // Its issuer is agencies.yml's มท: the agency filter finds the order with the ministry's letters.
        Assert.Equal("circulars/order/", Assert.Single(searcher.Search(new SearchRequest { Query = "มอบอำนาจ", Agency = "มท" }).Hits).Url);
        var hit = Assert.Single(searcher.Search(new SearchRequest { Query = "รับสมัครพนักงานจ้าง" }).Hits);
        Assert.Equal(("circulars/hiring/", ""), (hit.Url, hit.Ref));
    }
}
