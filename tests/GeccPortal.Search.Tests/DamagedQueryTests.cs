using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A query pasted from a PDF with damaged Thai (a tone mark moved past its vowel or consonant, spaces inside
/// words, TIS-620 read as Latin-1) is repaired as the letters' text was, and finds them.
/// </summary>
public sealed class DamagedQueryTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๔๑", new DateOnly(2025, 4, 8), "คำสั่งจังหวัดนครพนม",
            "เรื่อง การเปลี่ยนแปลงผู้รับผิดชอบงานทั่วไป ขอให้แจ้งเจ้าหน้าที่ที่เกี่ยวข้องทราบว่าให้ถือปฏิบัติตั้งแต่บัดนี้"),
        Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๔๒", new DateOnly(2025, 4, 9), "ประกาศรับสมัคร",
            "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทัว่ไป ยื่นใบสมัครได้ที่สำนักงานจังหวัด"),
    ]);

    [Theory]
    [InlineData("คำสัง่")] // tone mark after the final consonant
    [InlineData("การเปลีย่นแปลง")] // after the ย of เ-ีย
    [InlineData("เกีย่วข้อง")]
    public void A_query_with_a_moved_tone_mark_is_repaired(string query)
    {
        Assert.Equal(["นพ0023.3/ว41"], _index.Refs(query));
    }

    [Theory]
    [InlineData("่่่สัง่")]
    [InlineData("ั่")]
    [InlineData("เีย่")]
    [InlineData("า่\uF70A\u200B่")]
    [InlineData("\uD800่สั")]
    public void Stray_marks_in_a_query_never_throw(string query)
    {
        Assert.NotNull(_index.Search(query));
    }

    [Theory]
    [InlineData("ทราบวา่")] // after sara aa
    [InlineData("ท่ีเก่ียวข้อง")] // before the upper vowel
    public void A_tone_mark_on_the_wrong_side_of_its_vowel_is_repaired(string query)
    {
        Assert.Equal(["นพ0023.3/ว41"], _index.Refs(query));
    }

    [Fact]
    public void A_letter_whose_own_text_has_moved_tone_marks_is_found_by_the_clean_word()
    {
        Assert.Equal(["นพ0023.3/ว41", "นพ0023.3/ว42"], _index.Refs("ทั่วไป").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("แจ ้ง")] // a layout space before a tone mark
    [InlineData("การเ ปลี่ยนแปลง")] // after a leading vowel
    [InlineData("¤ÓÊÑè§")] // คำสั่ง as TIS-620 bytes read as Latin-1
    public void Other_extraction_damage_is_repaired_as_in_attachments(string query)
    {
        Assert.Contains("นพ0023.3/ว41", _index.Refs(query));
    }

    [Fact]
    public void The_repaired_word_is_highlighted()
    {
        var hit = _index.Search("คำสัง่").Hits.Single();
        Assert.Contains("title", hit.Matches);
    }

    public void Dispose() => _index.Dispose();
}
