using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// ม. or ป. before a number (<c>ม.57</c>, <c>ม.7</c>, <c>ป.6</c>) finds the letter writing มาตรา ๕๗, หมู่ที่ ๗ or
/// ประถมศึกษาปีที่ ๖ (probe 6: ม.57 found nothing, ม.7 บ้านโนนสวรรค์ only approximately), also typed without the dot (probe 8:
/// ป3 found nothing).
/// </summary>
public sealed class NumberedAbbreviationTests : IDisposable
{
    private const string Order = "ขก0017.1/ว502";
    private const string Road = "ขก73601/ว156";
    private const string School = "ศธ04010/ว99";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๕๐๒", new DateOnly(2025, 2, 7), "แต่งตั้งคณะทำงานป้องกันและแก้ไขปัญหาหมอกควัน",
            "อาศัยอำนาจตามมาตรา ๕๗ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ จึงแต่งตั้งคณะทำงาน ๗ คน"),
        Circulars.Make("ที่ ขก ๗๓๖๐๑/ว ๑๕๖", new DateOnly(2025, 3, 3), "แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๗ บ้านโนนสวรรค์ ยาว ๕๗ เมตร"),
        Circulars.Make("ที่ ศธ ๐๔๐๑๐/ว ๙๙", new DateOnly(2025, 1, 9), "การสอบ O-NET ชั้นประถมศึกษาปีที่ ๖",
            "ขอให้โรงเรียนจัดสอบนักเรียนชั้นประถมศึกษาปีที่ ๖ และมัธยมศึกษาปีที่ ๓"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ม.57", Order)]
    [InlineData("ม. ๕๗", Order)]
    [InlineData("ม.7 บ้านโนนสวรรค์", Road)]
    [InlineData("ป.6", School)]
    [InlineData("ม.3", School)]
    [InlineData("ป6", School)]
    [InlineData("สอบ ป6", School)]
    [InlineData("ม3", School)]
    [InlineData("ม 57", Order)]
    public void The_abbreviation_and_its_number_find_what_letters_write_out(string typed, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(typed));
    }
}
