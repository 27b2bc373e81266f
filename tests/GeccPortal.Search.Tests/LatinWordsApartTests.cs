using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Latin words typed apart for a word letters write glued (<c>pivot table</c> for <c>PivotTable</c>), LINE's account typed
/// short or long (<c>line oa</c>, <c>LINE Official Account</c>, <c>ไลน์โอเอ</c>), and <c>ไลน์</c> ranking a letter writing LINE
/// above one writing ออนไลน์ (probe 6).
/// </summary>
public sealed class LatinWordsApartTests : IDisposable
{
    private const string Course = "อว6601.3/ว412";
    private const string Contact = "ชม0017.2/ว91";
    private const string Meeting = "ชม0017.2/ว92";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ อว ๖๖๐๑.๓/ว ๔๑๒", new DateOnly(2025, 6, 2), "ขอเชิญส่งบุคลากรเข้าร่วมโครงการพัฒนาทักษะดิจิทัล",
            "สำนักบริการวิชาการ กำหนดจัดอบรมการสรุปข้อมูลด้วย PivotTable และการเปิดบัญชี LINE Official Account ของหน่วยงาน"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๑", new DateOnly(2025, 3, 4), "ประชาสัมพันธ์ช่องทางติดต่อราชการ",
            "ประชาชนติดต่อสอบถามได้ทาง LINE OA ของสำนักงานจังหวัด หรือโทรศัพท์ ๐ ๕๓๑๑ ๒๐๐๐"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๒", new DateOnly(2025, 3, 5), "การประชุมคณะทำงานแบบออนไลน์",
            "ขอเชิญประชุมผ่านระบบออนไลน์ ตามกำหนดการที่แนบมา"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๓", new DateOnly(2025, 3, 6), "การจัดทำตารางสรุปผล",
            "ให้จัดทำ pivot ของข้อมูลรายอำเภอ และส่งตาราง (table) ทางไปรษณีย์"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("pivot table")]
    [InlineData("Pivot Table")]
    public void Words_apart_find_them_glued(string typed)
    {
        Assert.Equal(Course, _index.ExactRefs(typed).FirstOrDefault());
    }

    [Theory]
    [InlineData("line oa")]
    [InlineData("LINE OA")]
    [InlineData("line official account")]
    [InlineData("ไลน์โอเอ")]
    public void The_account_short_or_long(string typed)
    {
        Assert.Equal([Contact, Course], _index.ExactRefs(typed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_word_in_thai_letters_ranks_the_latin_word_above_a_longer_thai_word_holding_it()
    {
        var refs = _index.ExactRefs("ไลน์");
        Assert.Contains(Meeting, refs);
        Assert.Contains(Contact, refs);
        Assert.Contains(Course, refs);
        Assert.True(refs.IndexOf(Contact) < refs.IndexOf(Meeting), string.Join(", ", refs));
        Assert.True(refs.IndexOf(Course) < refs.IndexOf(Meeting), string.Join(", ", refs));
    }
}
