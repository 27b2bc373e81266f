using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The full form of an abbreviation (เทศบาลนคร, องค์การบริหารส่วนจังหวัด) is the name of a body: typed whole, or put
/// in for its abbreviation, it is not found as its halves far apart (เทศบาล in one place, นคร of นครราชสีมา in another).
/// </summary>
public sealed class FullNameSplitTests : IDisposable
{
    private const string KhonKaenCity = "ขก52001/ว10";
    private const string Sikhio = "นม0418/ว77";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ขก ๕๒๐๐๑/ว ๑๐", new DateOnly(2025, 3, 3), "การจัดเก็บขยะมูลฝอย",
            "เทศบาลนครขอนแก่นขอแจ้งกำหนดการจัดเก็บขยะมูลฝอย และขอให้องค์การบริหารส่วนจังหวัดขอนแก่นสนับสนุนรถเก็บขยะ"),
        Circulars.Make("ที่ นม ๐๔๑๘/ว ๗๗", new DateOnly(2025, 3, 14), "การเตรียมความพร้อมรับมือภัยแล้ง อำเภอสีคิ้ว",
            "อำเภอสีคิ้วขอให้เทศบาลตำบลและองค์การบริหารส่วนตำบลทุกแห่งเตรียมรถบรรทุกน้ำ ตามหนังสือจังหวัดนครราชสีมา"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เทศบาลนคร")]
    [InlineData("ทน.")]
    [InlineData("องค์การบริหารส่วนจังหวัด")]
    [InlineData("อบจ.")]
    public void A_bodys_name_finds_only_the_letters_writing_it(string query)
    {
        Assert.Equal([KhonKaenCity], _index.Refs(query));
    }

    [Fact]
    public void A_bodys_name_no_letter_writes_finds_nothing_approximately_either()
    {
        // เทศบาลนคร in no letter: เทศบาล in one and นคร of นครราชสีมา in it are not a slip of it.
        using var index = new TempIndex([
            Circulars.Make("ที่ นม ๐๔๑๘/ว ๗๗", new DateOnly(2025, 3, 14), "การเตรียมความพร้อมรับมือภัยแล้ง อำเภอสีคิ้ว",
                "อำเภอสีคิ้วขอให้เทศบาลตำบลและองค์การบริหารส่วนตำบลทุกแห่งเตรียมรถบรรทุกน้ำ ตามหนังสือจังหวัดนครราชสีมา"),
        ]);

        Assert.Equal(0, index.Search("เทศบาลนคร").Total);
    }

    [Theory]
    [InlineData("ภัยแล้งนครราชสีมา")] // a topic and a place typed together still find their letter
    [InlineData("เทศบาลตำบล")]
    public void Other_words_and_names_still_find_their_letter(string query)
    {
        Assert.Equal([Sikhio], _index.Refs(query));
    }
}
