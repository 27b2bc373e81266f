using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A spelling from the word table glued to another word (<c>อบรมเอ็กซ์เซล</c>, probe 6: found nothing, though typed apart it
/// found the letter; the fifth probe's ค่าเทอมลูก, both halves colloquial): the glued word's halves are looked for apart, and a half the table spells another way is found written so.
/// </summary>
public sealed class GluedTableSpellingTests : IDisposable
{
    private const string Course = "ชม0017.2/ว90";
    private const string Zoom = "ชม0017.2/ว92";
    private const string Tuition = "กค0422.3/ว300";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๐", new DateOnly(2025, 3, 3), "ขอเชิญเข้าร่วมอบรมเชิงปฏิบัติการ",
            "จังหวัดเชียงใหม่จัดอบรมการใช้โปรแกรม Microsoft Excel เพื่อการวิเคราะห์ข้อมูลงบประมาณ"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๑", new DateOnly(2025, 3, 4), "รายงานการใช้จ่ายงบประมาณ",
            "ให้หน่วยงานรายงานผลการใช้จ่ายงบประมาณในแบบฟอร์ม Excel ที่แนบมา"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๙๒", new DateOnly(2025, 3, 5), "การประชุมผ่านสื่ออิเล็กทรอนิกส์",
            "ขอเชิญประชุมคณะทำงานผ่านโปรแกรม Zoom ในวันจันทร์ที่ ๑๐ มีนาคม ๒๕๖๘"),
        Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๓๐๐", new DateOnly(2025, 6, 1), "การเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร",
            "ประเภทและอัตราเงินบำรุงการศึกษาและค่าเล่าเรียนบุตร ปีการศึกษา ๒๕๖๘ ตามบัญชีแนบท้าย"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("อบรมเอ็กซ์เซล", Course)]
    [InlineData("เอ็กซ์เซลอบรม", Course)]
    [InlineData("ประชุมซูม", Zoom)]
    [InlineData("ค่าเทอมลูก", Tuition)]
    public void The_table_spelling_of_a_glued_half_is_found(string typed, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(typed));
    }
}
