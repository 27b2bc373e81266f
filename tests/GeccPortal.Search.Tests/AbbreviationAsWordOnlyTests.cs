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

    [Fact]
    public void An_abbreviation_between_dots_in_many_words_is_found_in_each_of_them()
    {
        // Forty offices, one letter each, as letters write area offices with a province's letters: the index holds
        // forty dotted words with สพป between their dots, and สพป. typed alone finds every letter.
        var codes = new[] { "กท", "กบ", "กจ", "กส", "กพ", "ขก", "จบ", "ฉช", "ชบ", "ชน", "ชย", "ชพ", "ชร", "ชม", "ตง", "ตร", "ตก", "นย", "นฐ", "นพ",
            "นม", "นศ", "นว", "นบ", "นธ", "นน", "บร", "ปท", "ปข", "ปจ", "ปน", "อย", "พย", "พง", "พท", "พจ", "พล", "พบ", "พช", "พร" };
        using var index = new TempIndex([.. codes.Select((code, i) => Circulars.Make(
            $"ที่ ศธ ๐๔{i + 10:D2}/ว {i + 1}", new DateOnly(2025, 3, 1).AddDays(i), "การรายงานผลการดำเนินงาน",
            $"เรียน ผู้อำนวยการ สพป.{code}.1 ขอให้รายงานผลการดำเนินงานภายในกำหนด"))]);

        Assert.Equal(codes.Length, index.ExactRefs("สพป.").Count);
    }
}
