using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;
using GeccPortal.Search.Tests.Support;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Orders numbered without agency letters, named by their heading (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>): each
/// province's ๑๒๓/๒๕๖๘ looked up as its own, both found by the number typed alone or after คำสั่ง, a letter citing
/// one found by its ref; and an announcement without a number, found by its words.
/// </summary>
public sealed class HeadedOrderNumberTests : IDisposable
{
    private readonly TempIndex _index = new([
        Order("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "nakhon-phanom-123", new DateOnly(2025, 2, 10), "แต่งตั้งคณะกรรมการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน"),
        Order("คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘", "sakon-nakhon-123", new DateOnly(2025, 3, 3), "แต่งตั้งคณะทำงานจัดงานประเพณีแห่ปราสาทผึ้ง"),
        Order("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "district-1-5", new DateOnly(2025, 1, 15), "แต่งตั้งคณะกรรมการประเมินผลการปฏิบัติงาน"),
        Order("ประกาศโรงเรียนบ้านนาแก (ประชาสามัคคี) ที่ ๓/๒๕๖๘", "school-3", new DateOnly(2025, 1, 16), "รับสมัครนักเรียน"),
        Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๓๐๑", new DateOnly(2025, 2, 12), "ส่งสำเนาคำสั่งแต่งตั้งคณะกรรมการ",
            "จังหวัดนครพนมขอส่งสำเนาคำสั่งมาเพื่อทราบ", d => d with { CitedRefs = ["คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘"] }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๑๒๓", new DateOnly(2025, 1, 7), "การเบิกจ่ายเงินอุดหนุน", "ขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่น"),
        Circulars.Make("ที่ สน ๐๐๑๗.๒/ว ๕๕", new DateOnly(2025, 3, 5), "ขอเชิญประชุมคณะทำงาน",
            "ตามคำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘ ลงวันที่ ๓ มีนาคม ๒๕๖๘ แต่งตั้งคณะทำงาน นั้น จึงขอเชิญประชุม"),
        new SearchDocument
        {
            Ref = "",
            NormalizedRef = "",
            Date = new DateOnly(2025, 1, 20),
            Title = "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป",
            Body = "ด้วยกรมส่งเสริมการปกครองท้องถิ่นประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป",
            Url = "circulars/hiring/",
            Agency = "",
            Type = "announcement",
        },
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "circulars/nakhon-phanom-123/")]
    [InlineData("คำสั่งจังหวัดนครพนม 123/2568", "circulars/nakhon-phanom-123/")]
    [InlineData("คำสั่ง จังหวัดสกลนคร ที่ 123/2568", "circulars/sakon-nakhon-123/")]
    public void Each_bodys_order_is_looked_up_by_its_heading_and_number(string typed, string url)
    {
        Assert.Equal(url, _index.Searcher.Lookup(typed)?.Url);
        Assert.Equal(url, _index.Search(typed).Hits[0].Url);
    }

    [Theory]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "circulars/district-1-5/")]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1 ที่ 5/2568", "circulars/district-1-5/")]
    [InlineData("ประกาศโรงเรียนบ้านนาแก (ประชาสามัคคี) ที่ 3/2568", "circulars/school-3/")]
    public void A_body_named_with_a_digit_or_brackets_is_looked_up_by_its_heading_and_number(string typed, string url)
    {
        Assert.Equal(url, _index.Searcher.Lookup(typed)?.Url);
    }

    [Fact]
    public void A_district_offices_order_5_is_not_a_district_less_bodys_order_15()
    {
        // Keys without ที่ ran เขต1 into 5: …เขต15/2568, read back as …เขต's order 15.
        Assert.Null(_index.Searcher.Lookup("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ที่ 15/2568"));
        Assert.Null(_index.Searcher.Lookup("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต 15/2568"));
        var district = CircularRef.Parse("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘");
        var other = CircularRef.Parse("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ที่ ๑๕/๒๕๖๘");
        Assert.NotEqual(RefKeys.Loose(district), RefKeys.Loose(other));
        Assert.NotEqual(RefKeys.Bare(district), RefKeys.Bare(other));
    }

    [Fact]
    public void Another_bodys_order_of_the_number_is_not_taken_for_one_that_is_not_here()
    {
        Assert.Null(_index.Searcher.Lookup("คำสั่งจังหวัดเลย ที่ ๑๒๓/๒๕๖๘"));
    }

    [Theory]
    [InlineData("123/2568")]
    [InlineData("๑๒๓/๒๕๖๘")]
    public void The_number_typed_alone_puts_every_bodys_order_of_it_first(string typed)
    {
        var urls = _index.Search(typed).Hits.Select(hit => hit.Url).ToList();
        Assert.Equal(["circulars/nakhon-phanom-123/", "circulars/sakon-nakhon-123/"], urls.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(urls, url => url.Contains("มท", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("คำสั่ง ๑๒๓/๒๕๖๘")]
    [InlineData("คำสั่ง ที่ 123/2568")]
    public void The_number_typed_after_the_word_order_finds_every_bodys_order_of_it(string typed)
    {
        // A letter quoting the order's heading and number holds the words too, so is found as well.
        var urls = _index.Search(typed).Hits.Select(hit => hit.Url).ToList();
        Assert.Contains("circulars/nakhon-phanom-123/", urls);
        Assert.Contains("circulars/sakon-nakhon-123/", urls);
        Assert.DoesNotContain(urls, url => url.Contains("มท", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_citing_the_order_is_found_after_it()
    {
        var urls = _index.Search("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘").Hits.Select(hit => hit.Url).ToList();
        Assert.Equal("circulars/nakhon-phanom-123/", urls[0]);
        Assert.Contains(urls, url => url.StartsWith("circulars/นพ-", StringComparison.Ordinal));
        Assert.DoesNotContain("circulars/sakon-nakhon-123/", urls);
    }

    [Fact]
    public void A_query_quoting_the_order_with_its_date_puts_it_first()
    {
        Assert.Equal("circulars/sakon-nakhon-123/", _index.Search("ตามคำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘ ลงวันที่ ๓ มีนาคม ๒๕๖๘").Hits[0].Url);
    }

    [Fact]
    public void An_announcement_without_a_number_is_found_by_its_words_with_no_ref()
    {
        var hit = Assert.Single(_index.Search("รับสมัครพนักงานจ้าง").Hits);
        Assert.Equal("circulars/hiring/", hit.Url);
        Assert.Equal("", hit.Ref);
    }

    private static SearchDocument Order(string printedRef, string slug, DateOnly date, string title) =>
        Circulars.Make(printedRef, date, title, "อาศัยอำนาจตามความในมาตรา ๕๗ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔",
            d => d with { Url = $"circulars/{slug}/", Type = "order" });
}
