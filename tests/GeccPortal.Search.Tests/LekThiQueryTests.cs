using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>เลขที่ typed where a letter prints ที่, before a ref, a circular number or an order's number.</summary>
public sealed class LekThiQueryTests : IDisposable
{
    private const string Order = "คำสั่งจังหวัดฉะเชิงเทราที่12/2568";
    private const string Tuition = "กค0416.4/ว312";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๑๖.๔/ว ๓๑๒", new DateOnly(2025, 4, 22), "อัตราเงินบำรุงการศึกษาและค่าเล่าเรียนบุตร",
            "ผู้มีสิทธิเบิกค่าเล่าเรียนบุตรได้ตามอัตราที่กำหนด"),
        Circulars.Make("คำสั่งจังหวัดฉะเชิงเทรา ที่ ๑๒/๒๕๖๘", new DateOnly(2025, 1, 8), "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่า",
            "แต่งตั้งคณะทำงานเฝ้าระวังช้างป่าออกนอกพื้นที่อนุรักษ์", d => d with { Type = "order", Url = "circulars/order-12/" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("คำสั่งจังหวัดฉะเชิงเทรา เลขที่ 12/2568", Order)]
    [InlineData("เลขที่ 12/2568", Order)]
    [InlineData("คำสั่ง เลขที่ ๑๒/๒๕๖๘", Order)]
    [InlineData("เลขที่ กค 0416.4/ว 312", Tuition)]
    [InlineData("หนังสือเลขที่ 0416.4/ว 312", Tuition)]
    [InlineData("เลขที่ ว 312", Tuition)]
    public void A_number_after_เลขที่_finds_its_letter_as_typed(string query, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(query));
    }

    [Fact]
    public void A_word_that_begins_with_เลขที่_keeps_it()
    {
        Assert.Equal("เลขที่บัญชี", Assert.Single(QueryPlan.Parse("เลขที่บัญชี").Words).Text);
    }
}
