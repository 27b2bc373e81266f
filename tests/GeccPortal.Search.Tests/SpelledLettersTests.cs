using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An English abbreviation typed as the Thai names of its letters (probe 8: <c>เอ็นที ป.3</c> found nothing for a letter about
/// the NT test of ป.๓) finds the letters' own spelling of it.
/// </summary>
public sealed class SpelledLettersTests : IDisposable
{
    private const string Test = "ศธ04206/ว2789";

    private readonly TempIndex _index = new([ProbeEightLetters.ReadingTest, ProbeEightLetters.TaxFiling]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เอ็นที")]
    [InlineData("เอ็นที ป.3")]
    public void Letter_names_find_the_abbreviation(string typed)
    {
        Assert.Equal([Test], _index.ExactRefs(typed));
    }

    [Theory]
    [InlineData("อีเอ็มเอส", "EMS")]
    [InlineData("ไอที", "IT")]
    [InlineData("คิวอาร์", "QR")]
    [InlineData("พีเอ็ม", "PM")]
    [InlineData("ดับเบิลยูเอฟเอช", "WFH")]
    public void Letter_names_read_back_as_letters(string typed, string letters)
    {
        Assert.Equal(letters, SpelledLetters.Acronym(typed));
    }

    [Theory]
    [InlineData("ดี")]
    [InlineData("ประชุม")]
    [InlineData("เอกสาร")]
    public void Other_words_are_no_letters(string typed)
    {
        Assert.Null(SpelledLetters.Acronym(typed));
    }

    [Theory]
    [InlineData("ตรวจเอ็มอาร์ไอ")]
    [InlineData("ตรวจซีที")]
    public void Letter_names_glued_to_a_word_find_the_abbreviation(string typed)
    {
        // Search probe 10: the glued word's halves were looked for with the table's spellings, not the letters'.
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๒๒๘.๐๗/ว ๕๖๗", new DateOnly(2025, 7, 21), "อัตราค่าบริการสาธารณสุขของหน่วยบริการ",
                "ปรับปรุงอัตราค่าห้องพิเศษ ค่าตรวจเอกซเรย์คอมพิวเตอร์ (CT Scan) และค่าตรวจคลื่นแม่เหล็กไฟฟ้า (MRI)"),
            .. Circulars.All,
        ]);

        Assert.Equal("สธ0228.07/ว567", index.ExactRefs(typed).FirstOrDefault());
    }
}
