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

    [Theory]
    [InlineData("คำสัง่", "คำสั่ง")] // after the final consonant of a mai han-akat syllable
    [InlineData("ครัง้", "ครั้ง")]
    [InlineData("ทัว่ไป", "ทั่วไป")] // after the ว of -ัว
    [InlineData("เรือ่ง", "เรื่อง")] // after the อ of -ือ
    [InlineData("เกีย่วกับ", "เกี่ยวกับ")] // after the ย of เ-ีย
    [InlineData("การเปลีย่น", "การเปลี่ยน")] // the same with a consonant cluster
    [InlineData("วา่", "ว่า")] // after sara aa
    [InlineData("นำ้", "น้ำ")] // after sara am
    [InlineData("นํา้", "น้ำ")] // after the sara aa of a split sara am
    [InlineData("ท่ี", "ที่")] // before the upper vowel
    [InlineData("ก้ัน", "กั้น")]
    [InlineData("สั\u200Bง่", "สั่ง")] // a zero-width space inside
    [InlineData("สัง\uF70A", "สั่ง")] // a private-use tone mark
    [InlineData("ค่าเฉลีย่", "ค่าเฉลี่ย")] // เ-ีย after a leading consonant, the word the last in the text
    [InlineData("รูปสี่เหลีย่ม", "รูปสี่เหลี่ยม")]
    [InlineData("เหนีย่วนำ", "เหนี่ยวนำ")]
    [InlineData("เกลีย้กล่อม", "เกลี้ยกล่อม")]
    [InlineData("การเปลีย่นแปลง", "การเปลี่ยนแปลง")]
    public void Repairs_a_moved_tone_mark(string input, string expected)
    {
        Assert.Equal(expected, ThaiTextRepair.Repair(input));
    }

    [Theory]
    [InlineData("ที่มีย่านการค้า")] // มี + ย่าน: an open ี syllable, then a word
    [InlineData("ปีก่อน")]
    [InlineData("มีน้ำ")]
    [InlineData("มิน่า")]
    [InlineData("ตัวน่ะ")]
    [InlineData("ถือว่า")]
    [InlineData("ที่นั่งเกี่ยวกับเรื่องทั่วไปครั้งนี้")]
    public void Leaves_tone_marks_that_are_in_place(string input)
    {
        Assert.Equal(input, ThaiTextRepair.Repair(input));
    }

    // เ, two consonants, ี, ย and a tone mark reads either as เ-ีย with its tone mark moved (เปลีย่น) or, as
    // written, as a word ending in ี and a word starting with ย and its tone mark: the dictionary decides, and
    // when it cannot tell the text stays as written.
    [Theory]
    [InlineData("เสรีย่อม")] // เสรี | ย่อม
    [InlineData("ความเสรีย่อมเกิดจากกฎหมาย")]
    [InlineData("สิทธิเสรีย่อมได้รับความคุ้มครอง")]
    [InlineData("เวทีย่านการค้า")] // เวที | ย่าน
    [InlineData("เคมีย่อมมีอันตราย")]
    [InlineData("เทวีย่อมทรง")]
    [InlineData("เสรีย้ายถิ่น")]
    [InlineData("คีรีย่าน")] // no เ: not even a candidate
    [InlineData("ปรีย่อม")]
    [InlineData("เสมีย่น")] // neither reading is a word the dictionary knows: left alone
    public void Leaves_a_word_ending_in_sara_ii_before_a_word_starting_with_yo_yak(string input)
    {
        Assert.Equal(input, ThaiTextRepair.Repair(input));
        Assert.False(ToneMarkOrder.HasMisplaced(input));
    }

    // Text that needs no repair skips ICU's NFC check when it is surely NFC already; these must still be
    // normalised: marks NFC reorders (tone mark before sara u), and other scripts (a decomposed é).
    [Theory]
    [InlineData("ก\u0E48\u0E38", "ก\u0E38\u0E48")]
    [InlineData("ก\u0E49\u0E3A", "ก\u0E3A\u0E49")]
    [InlineData("Cafe\u0301 ไทย", "Caf\u00E9 ไทย")]
    [InlineData("ก\u0E38\u0E48 ABC", "ก\u0E38\u0E48 ABC")]
    public void Text_without_artifacts_still_comes_out_in_nfc(string input, string expected)
    {
        Assert.Equal(expected, ThaiTextRepair.Repair(input));
        Assert.True(ThaiTextRepair.Repair(input).IsNormalized(System.Text.NormalizationForm.FormC));
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
