using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A regulation's name typed as people recall it (<c>ระเบียบการเบิกจ่ายเงินจากคลัง 2562</c>, probe 6: found only approximately)
/// finds the letter citing <c>ระเบียบกระทรวงการคลังว่าด้วยการเบิกเงินจากคลัง … พ.ศ. ๒๕๖๒</c>: its words in order, words between
/// them, one of them (จ่าย) not the letter's; a letter with the same words scattered is not it.
/// </summary>
public sealed class LongNameQueryTests : IDisposable
{
    private const string Regulation = "กค0402.2/ว14";
    private const string Scattered = "กค0402.2/ว15";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๐๒.๒/ว ๑๔", new DateOnly(2025, 1, 15), "แนวทางปฏิบัติในการเบิกจ่ายเงินของส่วนราชการ",
            "ตามระเบียบกระทรวงการคลังว่าด้วยการเบิกเงินจากคลัง การเก็บรักษาเงิน และการนำเงินส่งคลัง พ.ศ. ๒๕๖๒ ให้ส่วนราชการปฏิบัติ"),
        Circulars.Make("ที่ กค ๐๔๐๒.๒/ว ๑๕", new DateOnly(2025, 1, 20), "การรายงานผลการเบิกจ่ายงบประมาณ",
            "ตามระเบียบว่าด้วยการบริหารงบประมาณ พ.ศ. ๒๕๖๒ ให้หน่วยงานรายงานผลการเบิกจ่ายเป็นรายเดือน ผ่านระบบของกรมบัญชีกลาง " +
            "ทั้งนี้ หากมีเงินเหลือจ่ายให้นำส่งคืนภายในกำหนด เพื่อมิให้เกิดความเสียหายแก่ทางราชการและเงินคงคลัง"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ระเบียบการเบิกจ่ายเงินจากคลัง 2562")]
    [InlineData("ระเบียบการเบิกจ่ายเงินจากคลัง")]
    [InlineData("ระเบียบเบิกจ่ายเงินจากคลัง")]
    public void The_regulation_is_found_as_people_recall_its_name(string typed)
    {
        // The letter about the budget's disbursement has ระเบียบ, การเบิกจ่าย, เงิน, คลัง and ๒๕๖๒ too, far apart.
        Assert.Equal([Regulation], _index.ExactRefs(typed));
        Assert.DoesNotContain(Scattered, _index.Refs(typed));
    }
}
