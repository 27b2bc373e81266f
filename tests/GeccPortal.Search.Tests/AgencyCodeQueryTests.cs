using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

public sealed class AgencyCodeQueryTests
{
    [Theory]
    [InlineData("กค")]
    [InlineData("ก.ค.")]
    public void A_query_that_is_an_agency_code_puts_that_agencys_letters_first(string query)
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๔๕๖๗", new DateOnly(2025, 5, 2), "แนวทางสำหรับองค์กรปกครองส่วนท้องถิ่น", "ให้องค์กรปกครองส่วนท้องถิ่นถือปฏิบัติ องค์กรปกครอง"),
            Circulars.Make("ที่ กค ๐๔๐๕.๒/ว ๑๑๙", new DateOnly(2025, 3, 3), "ค่าเช่าบ้าน", "การเบิกค่าเช่าบ้านข้าราชการ"),
        ]);

        Assert.Equal("กค0405.2/ว119", index.Refs(query)[0]);
    }
}
