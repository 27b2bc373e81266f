using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A number typed with a percent sign (<c>3%</c>) ranks the letter writing ร้อยละ ๓ first (probe 6: the sign was dropped,
/// and a letter with รุ่นที่ ๓ and ๓,๕๐๐ บาท came first).
/// </summary>
public sealed class PercentageQueryTests : IDisposable
{
    private const string Salary = "นร1008/ว12";
    private const string Course = "อว6601.12/ว210";
    private const string Discount = "กค0405.2/ว77";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ อว ๖๖๐๑.๑๒/ว ๒๑๐", new DateOnly(2025, 5, 5), "โครงการอบรมหลักสูตรการใช้ Excel รุ่นที่ ๓",
            "อบรมรุ่นที่ ๓ ระหว่างวันที่ ๙ - ๑๐ มิถุนายน ๒๕๖๘ อาคาร ๓ ชั้น ๓ ค่าลงทะเบียน ๓ พันบาท"),
        Circulars.Make("ที่ นร ๑๐๐๘/ว ๑๒", new DateOnly(2025, 8, 28), "หลักเกณฑ์และวิธีการเลื่อนเงินเดือนข้าราชการพลเรือนสามัญ",
            "ให้ส่วนราชการใช้วงเงินสำหรับการเลื่อนเงินเดือนไม่เกินร้อยละ ๓ ของอัตราเงินเดือนรวมของข้าราชการ ณ วันที่ ๑ กันยายน ๒๕๖๘"),
        Circulars.Make("ที่ กค ๐๔๐๕.๒/ว ๗๗", new DateOnly(2025, 4, 1), "การหักส่วนลดค่าปรับ",
            "ผู้ชำระภายในกำหนดได้รับส่วนลด 3% ของค่าปรับ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("3%")]
    [InlineData("3 %")]
    [InlineData("๓%")]
    [InlineData("เลื่อนเงินเดือน 3%")]
    public void A_percentage_ranks_the_letter_writing_it_in_words_first(string typed)
    {
        Assert.Equal(Salary, _index.ExactRefs(typed)[0]);
    }

    [Fact]
    public void A_letter_writing_the_sign_is_found_too()
    {
        Assert.Contains(Discount, _index.ExactRefs("3%"));
    }

    [Fact]
    public void A_number_without_the_sign_is_only_a_number()
    {
        Assert.Equal([Discount, Salary, Course], _index.ExactRefs("3").Order(StringComparer.Ordinal));
        Assert.Empty(Percentages.In("3 คน 2568/3 0.3"));
        Assert.Equal(["3", "0.5"], Percentages.In("3% และ 0.5 %").Order(StringComparer.Ordinal).Reverse());
    }
}
