using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An order's number typed the way people type it (probe 6): a two-digit B.E. year (<c>156/68</c>) and ที่ glued to the
/// kind word (<c>คำสั่งที่ 156/2568</c>) found nothing, or only approximately.
/// </summary>
public sealed class OrderNumberTypingTests : IDisposable
{
    private readonly TempIndex _index = new([
        Order("คำสั่งองค์การบริหารส่วนตำบลหนองแวง ที่ ๑๕๖/๒๕๖๘", "nong-waeng-156", "แต่งตั้งคณะกรรมการตรวจรับพัสดุ"),
        Order("คำสั่งจังหวัดขอนแก่น ที่ ๔๑๒/๒๕๖๘", "khon-kaen-412", "แต่งตั้งคณะทำงานป้องกันและแก้ไขปัญหาหมอกควัน"),
        Order("คำสั่งจังหวัดขอนแก่น ที่ ๗/๒๕๖๘", "khon-kaen-7", "แต่งตั้งคณะกรรมการจัดงานวันเด็ก"),
        Circulars.Make("ที่ นร ๑๐๐๘/ว ๑๒", new DateOnly(2025, 8, 28), "หลักเกณฑ์การเลื่อนเงินเดือน", "สำนักงาน ก.พ. แจ้งหลักเกณฑ์"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๑๕๖", new DateOnly(2025, 1, 7), "การเบิกจ่ายเงินอุดหนุน", "ขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่น"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("156/68", "circulars/nong-waeng-156/")]
    [InlineData("๑๕๖/๖๘", "circulars/nong-waeng-156/")]
    [InlineData("ที่ 156/68", "circulars/nong-waeng-156/")]
    [InlineData("412/68", "circulars/khon-kaen-412/")]
    [InlineData("7/68", "circulars/khon-kaen-7/")]
    [InlineData("คำสั่ง 156/68", "circulars/nong-waeng-156/")]
    [InlineData("คำสั่งที่ 156/68", "circulars/nong-waeng-156/")]
    [InlineData("คำสั่งจังหวัดขอนแก่น 412/68", "circulars/khon-kaen-412/")]
    [InlineData("คำสั่งจังหวัดขอนแก่น ที่ ๔๑๒/๖๘", "circulars/khon-kaen-412/")]
    [InlineData("คำสั่ง อบต.หนองแวง ที่ 156/68", "circulars/nong-waeng-156/")]
    public void An_orders_number_with_a_two_digit_year_finds_the_order(string typed, string url)
    {
        var response = _index.Search(typed);
        Assert.False(response.Approximate);
        Assert.Equal(url, Assert.Single(response.Hits).Url);
    }

    [Theory]
    [InlineData("คำสั่งที่ 156/2568")]
    [InlineData("คำสั่งที่ ๑๕๖/๒๕๖๘")]
    [InlineData("คำสั่งเลขที่ 156/2568")]
    public void The_word_order_glued_to_thi_finds_the_order_as_typed_apart(string typed)
    {
        var response = _index.Search(typed);
        Assert.False(response.Approximate);
        Assert.Equal("circulars/nong-waeng-156/", response.Hits[0].Url);
    }

    [Fact]
    public void A_number_and_two_digits_still_find_the_letter_whose_ref_they_are_part_of()
    {
        Assert.Equal("ที่ นร ๑๐๐๘/ว ๑๒", Assert.Single(_index.Search("1008/12").Hits).Ref);
    }

    [Theory]
    [InlineData("0810/56", null)]
    [InlineData("นพ 156/68", null)]
    [InlineData("156/2568", null)]
    [InlineData("ที่ 156/68", "2568")]
    public void Only_a_number_without_agency_letters_or_a_leading_zero_is_read_as_an_orders(string typed, string? year)
    {
        Assert.Equal(year, OrderNumberTyping.AsOrderNumber(typed)?.Number);
    }

    private static SearchDocument Order(string printedRef, string slug, string title) =>
        Circulars.Make(printedRef, new DateOnly(2025, 3, 3), title, "อาศัยอำนาจตามความในระเบียบกระทรวงการคลัง จึงแต่งตั้ง",
            d => d with { Url = $"circulars/{slug}/", Type = "order" });
}
