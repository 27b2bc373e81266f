using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A one-letter abbreviation before a name (<c>ม.ขอนแก่น</c> for มหาวิทยาลัยขอนแก่น, <c>ต.ศิลา</c> for ตำบลศิลา; probe 6: ม.ขอนแก่น
/// was found only approximately, among every letter naming ขอนแก่น), while ม. before a number stays หมู่ or มาตรา.
/// </summary>
public sealed class NamedAbbreviationTests : IDisposable
{
    private const string University = "อว660.3/ว412";
    private const string Village = "ขก71201/ว33";
    private const string Province = "ขก0017.1/ว610";
    private const string School = "ศธ04293/ว71";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ อว ๖๖๐.๓/ว ๔๑๒", new DateOnly(2025, 6, 2), "ขอเชิญส่งบุคลากรเข้าร่วมโครงการพัฒนาทักษะดิจิทัล",
            "มหาวิทยาลัยขอนแก่น โดยสำนักบริการวิชาการ กำหนดจัดอบรมการจัดทำรายงานสำหรับหน่วยงานราชการ"),
        Circulars.Make("ที่ ขก ๗๑๒๐๑/ว ๓๓", new DateOnly(2025, 4, 8), "การซ่อมแซมถนนลูกรัง",
            "ถนนสายบ้านหนองแวง หมู่ที่ ๕ ตำบลศิลา ชำรุดเสียหาย เป็นทางเข้ามหาวิทยาลัย ระยะทาง ๒ กิโลเมตร"),
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๖๑๐", new DateOnly(2025, 7, 11), "การเตรียมความพร้อมรับมืออุทกภัย",
            "จังหวัดขอนแก่นขอให้อำเภอเมืองขอนแก่นสำรวจพื้นที่เสี่ยง และแจ้งโรงพยาบาลขอนแก่นเตรียมรับผู้ป่วย"),
        Circulars.Make("ที่ ศธ ๐๔๒๙๓/ว ๗๑", new DateOnly(2025, 8, 5), "การรับนักเรียนชั้นมัธยมศึกษาตอนต้น",
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น ประกาศรับสมัครนักเรียนชั้นมัธยมศึกษาตอนต้น ปีการศึกษา ๒๕๖๙"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ม.ขอนแก่น", University)]
    [InlineData("ม. ขอนแก่น", University)]
    [InlineData("ม.ขอนแก่น อบรม", University)]
    [InlineData("ต.ศิลา", Village)]
    [InlineData("อ.เมืองขอนแก่น", Province)]
    [InlineData("ม.ต้น", School)]
    [InlineData("ม.5 ศิลา", Village)]
    public void The_letter_and_its_name_find_the_name_written_out(string typed, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(typed));
    }

    [Fact]
    public void A_letter_that_is_another_abbreviations_is_no_name()
    {
        // ม.ค. is January: no letter here writes มหาวิทยาลัยค.
        Assert.DoesNotContain(University, _index.Refs("ม.ค."));
    }
}
