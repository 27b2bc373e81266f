using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ThaiTextRepairTests
{
    [Theory]
    [InlineData("ประจํา", "ประจำ")]
    [InlineData("สํานัก", "สำนัก")]
    [InlineData("นํ้า", "น้ำ")]
    [InlineData("องคํการ", "องค์การ")]
    [InlineData("เเก้ไข", "แก้ไข")]
    [InlineData("ราช\u200Bการ", "ราชการ")]
    [InlineData("\uF700าน", "ฐาน")]
    [InlineData("ป\uF701", "ปิ")]
    [InlineData("ก\uF70B", "ก้")]
    [InlineData("ก\uF884", "กฐ")]
    [InlineData("น\uF711\uF706า", "น้ำ")]
    [InlineData("ข้อความปกติ", "ข้อความปกติ")]
    public void Repairs_extraction_artifacts(string input, string expected)
    {
        Assert.Equal(expected, ThaiTextRepair.Repair(input));
    }

    [Fact]
    public void Search_normalisation_folds_digits_and_latin_case()
    {
        Assert.Equal("gecc 2568 ประจำ", ThaiSearchNormalizer.Normalize("GECC ๒๕๖๘ ประจํา"));
    }

    [Fact]
    public void Digits_convert_both_ways()
    {
        Assert.Equal("0 4251 5720", ThaiDigits.ToArabic("๐ ๔๒๕๑ ๕๗๒๐"));
        Assert.Equal("๑,๒๕๐", ThaiDigits.ToThai("1,250"));
    }
}
