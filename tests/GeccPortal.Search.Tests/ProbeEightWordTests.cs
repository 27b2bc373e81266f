using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words of the eighth probe's letters (2026-11-29) that people type another way: ค่าเทอม for ค่าธรรมเนียมการศึกษา, มอไซค์ for
/// รถจักรยานยนต์, ดิจิตอล for ดิจิทัล, เวิร์กช็อป for ประชุมเชิงปฏิบัติการ, ติดเตียง for ภาวะพึ่งพิง, ฟรี for ไม่เสียค่าใช้จ่าย,
/// มรภ. for มหาวิทยาลัยราชภัฏ, อิเล็กทรอนิค for อิเล็กทรอนิกส์, ยื่นภาษี for ยื่นแบบแสดงรายการภาษี (each found nothing, or only approximately).
/// </summary>
public sealed class ProbeEightWordTests : IDisposable
{
    private const string Tuition = "ประกาศมหาวิทยาลัยราชภัฏอุดรธานีที่45/2568";
    private const string Licence = "คค0408.4/ว543";
    private const string Volunteers = "สธ0915.02/ว332";
    private const string Rabies = "มค52001/ว31";
    private const string Tax = "กค0702/ว1234";

    private readonly TempIndex _index = new(ProbeEightLetters.All);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ผ่อนผันค่าเทอม", Tuition)]
    [InlineData("ค่าเทอม ปริญญาตรี", Tuition)]
    [InlineData("มรภ.อุดรธานี", Tuition)]
    [InlineData("ใบขับขี่มอไซค์", Licence)]
    [InlineData("ใบขับขี่ดิจิตอล", Licence)]
    [InlineData("เวิร์กช็อป ผู้สูงอายุ", Volunteers)]
    [InlineData("เวิร์คช็อป อสม", Volunteers)]
    [InlineData("ผู้สูงอายุติดเตียง", Volunteers)]
    [InlineData("ทำหมันหมาฟรี", Rabies)]
    [InlineData("ขยายเวลายื่นภาษี", Tax)]
    [InlineData("ใบกำกับภาษีอิเล็กทรอนิค", Tax)]
    public void A_word_people_type_finds_the_word_letters_write(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }
}
