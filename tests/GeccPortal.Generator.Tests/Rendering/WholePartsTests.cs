using GeccPortal.Generator.Rendering;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>What a letter's free text must keep whole on a line: refs, dates, phone numbers, postcodes, counts with their units.</summary>
public sealed class WholePartsTests
{
    [Theory]
    [InlineData("สำเนาหนังสือ ด่วนที่สุด ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ จำนวน ๑ ชุด", "ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒", "จำนวน ๑ ชุด")]
    [InlineData("หนังสือกรมบัญชีกลาง กค (กวจ) 0405.2/ว 119 เรื่อง", "กค (กวจ) 0405.2/ว 119")]
    [InlineData("ตามหนังสือ มท. ๐๘๑๐.๗/ว๗๖", "มท. ๐๘๑๐.๗/ว๗๖")]
    [InlineData("ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗ จำนวน ๑ ชุด", "ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗", "จำนวน ๑ ชุด")]
    [InlineData("ประชุมเมื่อ 5 มิ.ย. 68 ณ ห้องประชุม", "5 มิ.ย. 68")]
    [InlineData("โทรศัพท์ ๐ ๒๒๘๓ ๔๔๘๕, ๐ ๒๒๘๓ ๔๕๒๖", "๐ ๒๒๘๓ ๔๔๘๕", "๐ ๒๒๘๓ ๔๕๒๖")]
    [InlineData("ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐", "กทม. ๑๐๓๐๐")]
    [InlineData("ยอด 10 20 30 40 50 60", "10 20 30 40", "50 60")]
    [InlineData("ถนนมิตรภาพ อำเภอเมือง ขอนแก่น 40000", "ขอนแก่น 40000")]
    [InlineData("จำนวน ๑ ชุด", "จำนวน ๑ ชุด")]
    [InlineData("แบบสำรวจ ๒ ฉบับ และแผนที่ 3 แผ่น", "๒ ฉบับ", "3 แผ่น")]
    [InlineData("ข้อมูลในแผ่นซีดี ๑ แผ่นดิสก์", "๑ แผ่นดิสก์")]
    [InlineData("ค่าลงทะเบียน 1,500 บาท ต่อคน", "1,500 บาท")]
    [InlineData("เวลา ๐๙.๓๐ น. ณ ห้องประชุม", "๐๙.๓๐ น.")]
    [InlineData("ภายใน ๑๕ วันทำการ", "๑๕ วัน")]
    [InlineData("ประชุมครั้งที่ ๓ วันที่ 5 มิ.ย. 68", "วันที่ 5 มิ.ย. 68")]
    public void Finds_the_parts(string text, params string[] parts) =>
        Assert.Equal(parts, WholeParts.Find(text).Select(part => text.Substring(part.Start, part.Length)));

    [Theory]
    [InlineData("ขอความร่วมมือจังหวัดประชาสัมพันธ์เชิญชวนองค์กรปกครองส่วนท้องถิ่น")]
    [InlineData("ข้อ ๒ และข้อ ๓")]
    [InlineData("ครั้งที่ ๒ ประจำปี")]
    [InlineData("วงที่ ๒ ปี่พาทย์มอญ")]
    [InlineData("นพ. ๔๘๐๐๐๐๐")]
    [InlineData("รหัส 1234567 890")]
    public void Leaves_ordinary_text_alone(string text) => Assert.Empty(WholeParts.Find(text));

    [Fact]
    public void A_ref_followed_by_its_date_is_two_parts_and_overlaps_become_one()
    {
        const string text = "ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘";
        Assert.Equal(["ที่ มท ๐๘๑๐.๓/ว ๗๖", "ลงวันที่ ๗ มกราคม ๒๕๖๘"], WholeParts.Find(text).Select(p => text.Substring(p.Start, p.Length)));

        // The phone's digit groups and the postcode rule both match here; one part comes back.
        const string phone = "โทร ๑๒๓๔๕ ๖๗๘๙๐";
        Assert.Equal(["โทร ๑๒๓๔๕ ๖๗๘๙๐"], WholeParts.Find(phone).Select(p => phone.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void In_a_body_only_the_dates_of_cited_letters_are_parts()
    {
        const string text = "รับสมัครตั้งแต่วันที่ ๖ มกราคม ๒๕๖๘ ตามหนังสือ ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘";
        Assert.Equal(["ที่ มท ๐๘๑๐.๓/ว ๗๖", "ลงวันที่ ๗ มกราคม ๒๕๖๘"], WholeParts.FindInBody(text).Select(p => text.Substring(p.Start, p.Length)));
        Assert.Equal(3, WholeParts.Find(text).Count);
        Assert.Empty(WholeParts.FindInBody("ไม่มีตัวเลขในย่อหน้านี้ ลงวันที่"));
    }
}
