using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ThaiLayoutSpaceRepairTests
{
    [Theory]
    [InlineData("แจ ้ง", "แจ้ง")] // space before a tone mark
    [InlineData("ก ิจการ", "กิจการ")] // before an upper vowel
    [InlineData("ส ุข", "สุข")] // before a lower vowel
    [InlineData("ร  าชการ", "ราชการ")] // several spaces before sara aa
    [InlineData("กํ าหนด", "กําหนด")] // nikhahit then a space then sara aa (sara am is repaired later)
    [InlineData("เ ป็น", "เป็น")] // after a leading vowel
    [InlineData("ไ ปยัง แ ละ", "ไปยัง และ")]
    public void Removes_spaces_that_cannot_separate_words(string input, string expected)
    {
        Assert.Equal(expected, ThaiLayoutSpaceRepair.Repair(input));
    }

    [Theory]
    [InlineData("ประจำปี งบประมาณ")] // a word ending in a vowel sign, then a word
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖")] // spaces in a reference number
    [InlineData("เรื่อง การขอรับ")]
    [InlineData("GECC ประจำปี 2568")]
    [InlineData("ห นังสือ")] // two consonants: could be two words, so not touched
    public void Keeps_spaces_between_words(string input)
    {
        Assert.Equal(input, ThaiLayoutSpaceRepair.Repair(input));
    }

    [Fact]
    public void A_space_after_latin_before_a_mark_is_kept()
    {
        Assert.Equal("A ่", ThaiLayoutSpaceRepair.Repair("A ่"));
    }
}
