using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The closing line of an order or announcement with its date (<c>สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘</c>), pasted from
/// the printed letter: the site prints it from the form, so it finds the letter of that kind and day, not nothing.
/// </summary>
public sealed class ClosingFormulaTests : IDisposable
{
    private const string Order = "คำสั่งจังหวัดฉะเชิงเทราที่12/2568";
    private const string SameDayLetter = "ฉช0017.2/ว9";
    private const string Announcement = "คค0408/ว44";

    private readonly TempIndex _index = new([
        Circulars.Make("คำสั่งจังหวัดฉะเชิงเทรา ที่ ๑๒/๒๕๖๘", new DateOnly(2025, 1, 8), "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่า",
            "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่าออกนอกพื้นที่อนุรักษ์ ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", d => d with { Type = "order", Url = "circulars/order-12/" }),
        Circulars.Make("ที่ ฉช ๐๐๑๗.๒/ว ๙", new DateOnly(2025, 1, 8), "การประชุมหัวหน้าส่วนราชการ", "ขอเชิญประชุมหัวหน้าส่วนราชการ"),
        Circulars.Make("ที่ คค ๐๔๐๘/ว ๔๔", new DateOnly(2025, 10, 1), "การต่ออายุใบอนุญาตขับรถผ่านระบบออนไลน์",
            "ผู้ขอต่ออายุใบอนุญาตขับรถอบรมออนไลน์ได้", d => d with { Type = "announcement" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘")]
    [InlineData("สั่ง ณ วันที่ 8 มกราคม 2568")]
    [InlineData("สั่ง ณ วันที่ 8 ม.ค. 68")]
    public void An_orders_closing_line_finds_the_order_of_that_day_first(string query)
    {
        var plan = QueryPlan.Parse(query);

        Assert.Equal("order", Assert.Single(plan.LetterForms).Type);
        Assert.Equal([Order, SameDayLetter], _index.ExactRefs(query));
    }

    [Fact]
    public void An_announcements_closing_line_finds_the_announcement_of_that_day()
    {
        Assert.Equal([Announcement], _index.ExactRefs("ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘"));
    }

    [Fact]
    public void Words_with_the_closing_line_need_the_words()
    {
        Assert.Equal([Order], _index.ExactRefs("ช้างป่า สั่ง ณ วันที่ 8 มกราคม 2568"));
    }

    [Theory]
    [InlineData("สั่ง ณ")]
    [InlineData("คำสั่ง ณ วันที่ 8 มกราคม 2568")]
    public void Without_a_date_after_it_or_as_the_end_of_another_word_it_is_no_closing_line(string query)
    {
        Assert.Empty(QueryPlan.Parse(query).LetterForms);
    }
}
