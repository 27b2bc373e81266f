using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Numbers typed with a slash between them (ครั้งที่ 10/2567, ภาคเรียนที่ 2/2567) rank first the letters that write
/// them so; letters that only have both numbers somewhere are still found, below.
/// </summary>
public sealed class SlashedNumberTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๑๑/ว ๑๐", new DateOnly(2024, 9, 12), "การรณรงค์ให้วัคซีนประจำปี ๒๕๖๗",
            "รณรงค์ให้วัคซีนประจำปี ๒๕๖๗ แก่กลุ่มเสี่ยง ๑๐ กลุ่ม และรายงานผลภายในวันที่ ๑๐ ของทุกเดือน ปี ๒๕๖๗"),
        Circulars.Make("ที่ รง ๐๕๐๕/ว ๗๖", new DateOnly(2024, 12, 25), "อัตราค่าจ้างขั้นต่ำ",
            "คณะกรรมการค่าจ้างได้มีมติในการประชุมครั้งที่ ๑๐/๒๕๖๗ ให้ปรับอัตราค่าจ้างขั้นต่ำตั้งแต่วันที่ ๑ มกราคม ๒๕๖๘"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๙/ว ๒", new DateOnly(2024, 11, 1), "ค่าอาหารกลางวัน ภาคเรียนที่ ๒",
            "โอนจัดสรรค่าอาหารกลางวันนักเรียน ภาคเรียนที่ 2/2567 ให้โรงเรียนในสังกัด"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_letter_writing_the_numbers_as_typed_ranks_first()
    {
        Assert.Equal(["รง0505/ว76", "สธ0411/ว10"], _index.Refs("10/2567"));
        Assert.Equal(["รง0505/ว76", "สธ0411/ว10"], _index.Refs("๑๐/๒๕๖๗"));
        Assert.Equal("ศธ04009/ว2", _index.Refs("2/2567")[0]);
    }

    [Fact]
    public void Other_words_still_have_to_match()
    {
        Assert.Equal(["ศธ04009/ว2"], _index.Refs("อาหารกลางวัน 2/2567"));
    }

    [Theory]
    [InlineData("ครั้งที่ ๑๐/๒๕๖๗", new[] { "10 2567" })]
    [InlineData("ข้อ 3/1 และ 4/2", new[] { "3 1", "4 2" })]
    [InlineData("มท 0810.3/76", new string[0])] // a reference's office and number, not a count of a year
    [InlineData("10 / 2567", new string[0])]
    public void Only_numbers_joined_by_a_slash_are_a_group(string query, string[] groups)
    {
        Assert.Equal(groups, SlashedNumbers.In(query).Select(group => string.Join(' ', group)));
    }
}
