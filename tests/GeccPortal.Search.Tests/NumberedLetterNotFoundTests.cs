using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An order's or announcement's number typed with its year that no letter has (probe 6: <c>ประกาศที่ 156/2568</c> listed
/// unrelated letters as near matches): no letter, not the letters near its words; a slip in the words of a letter that
/// writes the number still finds it.
/// </summary>
public sealed class NumberedLetterNotFoundTests : IDisposable
{
    private const string Order = "ขก0017.1/ว156";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๑๕๖", new DateOnly(2025, 6, 20), "แต่งตั้งคณะกรรมการประเมินผลการปฏิบัติราชการ",
            "คำสั่งจังหวัดขอนแก่น ที่ ๑๕๖/๒๕๖๘ เรื่อง แต่งตั้งคณะกรรมการประเมินผลการปฏิบัติราชการ ประจำปี ๒๕๖๘"),
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๑๖๐", new DateOnly(2025, 6, 25), "ประกาศรายชื่อผู้ผ่านการคัดเลือก",
            "ประกาศจังหวัดขอนแก่น เรื่อง รายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานราชการ ลำดับที่ ๑ ถึง ๑๕๖ ปี ๒๕๖๘"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("คำสั่งที่ 99/2568")]
    [InlineData("ประกาศที่ 156/2568")]
    [InlineData("แต่งตั้งคณะกรรมการประเมินผน 157/2568")]
    public void A_number_no_letter_has_finds_nothing(string typed)
    {
        var response = _index.Search(typed);
        Assert.Equal(0, response.Total);
        Assert.False(response.Approximate);
    }

    [Theory]
    [InlineData("คำสั่งที 156/2568")]
    [InlineData("แต่งตั้งคณะกรรมการประเมินผน 156/2568")]
    public void A_slip_in_the_words_of_the_letter_writing_the_number_still_finds_it(string typed)
    {
        Assert.Equal([Order], _index.Refs(typed));
    }
}
