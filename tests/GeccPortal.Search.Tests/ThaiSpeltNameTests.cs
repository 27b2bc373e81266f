using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Names the public writes one way and letters another (WordAlternatives.tsv): the tools letters name in Latin
/// letters (Zoom, QR Code, Google Form) typed in Thai ones, and a province by its everyday name (โคราช).
/// </summary>
public sealed class ThaiSpeltNameTests : IDisposable
{
    private const string Meeting = "ชร0017.1/ว55";
    private const string Drought = "นม0023.3/ว4512";
    private const string School = "ศธ04006/ว345";
    private const string Heritage = "อย0017.2/ว88";
    private const string Fire = "ปข0017.3/ว120";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ชร ๐๐๑๗.๑/ว ๕๕", new DateOnly(2025, 7, 9), "การอบรมการคุ้มครองข้อมูลส่วนบุคคล",
            "ขอให้ส่วนราชการส่งรายชื่อผู้เข้าอบรมผ่าน Google Form และเข้าร่วมอบรมผ่านระบบ Zoom ในวันที่ ๑๕ กรกฎาคม ๒๕๖๘"),
        Circulars.Make("ที่ นม ๐๐๒๓.๓/ว ๔๕๑๒", new DateOnly(2025, 3, 11), "การเตรียมความพร้อมรับมือภัยแล้ง จังหวัดนครราชสีมา",
            "ขอให้อำเภอทุกอำเภอในจังหวัดนครราชสีมาสำรวจแหล่งน้ำและรายงานจำนวนครัวเรือนที่ขาดแคลนน้ำ"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๖/ว ๓๔๕", new DateOnly(2025, 1, 23), "มาตรการป้องกันฝุ่นละอองในสถานศึกษา",
            "ให้โรงเรียนรายงานค่าฝุ่นทุกวันตาม QR Code ท้ายหนังสือนี้"),
        Circulars.Make("ที่ อย ๐๐๑๗.๒/ว ๘๘", new DateOnly(2025, 4, 2), "การดูแลโบราณสถานช่วงเทศกาลสงกรานต์",
            "ขอให้อำเภอในจังหวัดพระนครศรีอยุธยาจัดเจ้าหน้าที่ดูแลโบราณสถานและนักท่องเที่ยว"),
        Circulars.Make("ที่ ปข ๐๐๑๗.๓/ว ๑๒๐", new DateOnly(2025, 2, 14), "การป้องกันไฟป่าและหมอกควัน",
            "ขอให้อำเภอในจังหวัดประจวบคีรีขันธ์เฝ้าระวังไฟป่าในพื้นที่อุทยานแห่งชาติ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ซูม", Meeting)]
    [InlineData("กูเกิลฟอร์ม", Meeting)]
    [InlineData("กูเกิ้ลฟอร์ม", Meeting)]
    [InlineData("คิวอาร์โค้ด", School)]
    [InlineData("โคราช", Drought)]
    [InlineData("ภัยแล้ง โคราช", Drought)]
    [InlineData("อยุธยา", Heritage)]
    [InlineData("โบราณสถานอยุธยา", Heritage)]
    [InlineData("ประจวบ", Fire)]
    [InlineData("ไฟป่าประจวบ", Fire)]
    public void The_name_as_the_public_writes_it_finds_the_letter_as_typed(string query, string expected)
    {
        var response = _index.Search(query);

        Assert.False(response.Approximate);
        Assert.Equal([expected], _index.Refs(query));
    }

    [Theory]
    [InlineData("ซู")]
    [InlineData("โค")]
    public void Part_of_a_name_finds_nothing(string query)
    {
        Assert.Empty(_index.Refs(query));
    }
}
