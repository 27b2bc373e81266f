using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An abbreviation typed alone (<c>อสม.</c>, probe 6) is found where letters write it, or as a part of a dotted word
/// (<c>นพ.สสจ.ขอนแก่น</c>), not by its bigrams inside other words (<c>หรือสมควร</c>), which listed unrelated letters below.
/// </summary>
public sealed class AbbreviationAsWordOnlyTests : IDisposable
{
    private const string Volunteers = "สธ0923/ว57";
    private const string Complaint = "มท0810.3/ว777";
    private const string Haze = "ขก0017.1/ว512";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๙๒๓/ว ๕๗", new DateOnly(2025, 2, 4), "ค่าป่วยการอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
            "จ่ายค่าป่วยการ อสม. เดือนละ ๒,๐๐๐ บาท ตั้งแต่เดือนตุลาคม ๒๕๖๗"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๗๗", new DateOnly(2025, 6, 3), "การพิจารณาเรื่องร้องเรียน",
            "ให้ดำเนินการตามที่เห็นสมควร หรือสมควรแจ้งผู้ร้องเรียนทราบ และรายงานต่อสมาชิกสภาท้องถิ่น"),
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๕๑๒", new DateOnly(2025, 2, 9), "การประชุมคณะทำงานแก้ไขปัญหาหมอกควัน",
            "เรียน นพ.สสจ.ขอนแก่น ขอเชิญเข้าร่วมประชุมคณะทำงาน"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("อสม.")]
    [InlineData("อสม")]
    public void The_abbreviation_is_not_found_inside_other_words(string typed)
    {
        var refs = _index.Refs(typed);
        Assert.Equal([Volunteers], refs);
        Assert.DoesNotContain(Complaint, refs);
    }

    [Fact]
    public void The_abbreviation_is_found_between_dots()
    {
        Assert.Contains(Haze, _index.Refs("สสจ."));
    }
}
