using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests.Analysis;

/// <summary>Each normalisation rule (THAI.md), and offsets that lead back to the original text.</summary>
public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")] // Thai digits
    [InlineData("ประจํา", "ประจำ")] // split sara am
    [InlineData("นํ้า", "น้ำ")] // split sara am with the tone mark moved before sara aa
    [InlineData("องคํการ", "องค์การ")] // stray nikhahit for thanthakhat
    [InlineData("เเละ", "และ")] // sara e twice for sara ae
    [InlineData("สำ\u200Bนัก\u00ADงาน\uFEFF", "สำนักงาน")] // zero-width characters
    [InlineData("ผู\uF70Bว่า", "ผู้ว่า")] // private-use tone mark (Windows)
    [InlineData("ที\uF889", "ที่")] // private-use tone mark (Mac)
    [InlineData("กุ่", "กุ่")] // already canonical order stays
    [InlineData("กุ่", "กุ่")] // NFC puts sara u before the tone mark
    [InlineData("GECC Online", "gecc online")] // Latin case folding
    [InlineData("คำสัง่", "คำสั่ง")] // a tone mark moved past the consonant after it
    [InlineData("การเปลีย่น", "การเปลี่ยน")]
    [InlineData("ความเสรีย่อมเกิด", "ความเสรีย่อมเกิด")] // เสรี | ย่อม: two words as written
    public void Applies_each_rule(string input, string expected)
    {
        Assert.Equal(expected, NormalizedText.Create(input).Text);
    }

    [Theory]
    [InlineData("นายกองคํการบริหารส่วนจังหวัด ประจําปี ๒๕๖๘")]
    [InlineData("เเละ\u200Bสํา\uF70Bนัก GECC ๑,๒๕๐")]
    [InlineData("คำสัง่ให้เปลีย่นเรือ่งทัว่ไป ครัง้นี้ วา่ ท่ี")]
    [InlineData("เ\u200Bกีย่ สั\u200Bง\u200B่ สัง\uF70A")]
    [InlineData("ประจําปี สิทธิเสรีย่อมได้รับ การเปลีย่นแปลงประจํา")] // the dictionary looks past a chunk
    [InlineData("ความเส\u200Bรีย่อมเกิด เปลีย\uF70Aนแปลงสํา")]
    [InlineData("")]
    public void Equals_normalising_the_whole_text_at_once(string input)
    {
        Assert.Equal(ThaiSearchNormalizer.Normalize(input), NormalizedText.Create(input).Text);
    }

    [Fact]
    public void Equals_normalising_the_whole_text_for_random_mixes_of_tricky_characters()
    {
        char[] alphabet = ['ก', 'ค', 'น', 'า', 'ํ', '่', '้', 'เ', 'ุ', 'ิ', '\u200B', '\uF70B', '\uF711', ' ', '๕', 'A', 'b', '.', 'ำ', '์'];
        var random = new Random(4);
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ThaiSearchNormalizer.Normalize(text), NormalizedText.Create(text).Text);
        }
    }

    [Fact]
    public void Equals_normalising_the_whole_text_for_random_mixes_around_moved_tone_marks()
    {
        // Repairs that cross a consonant (สัง่ → สั่ง, เกีย่ → เกี่ย) must not be cut by a chunk.
        char[] alphabet = ['ก', 'ส', 'ง', 'ย', 'อ', 'ว', 'ป', 'ล', 'เ', 'ั', 'ี', 'ื', 'า', 'ำ', '่', '้', 'ํ', '​', '', ' ', 'a'];
        var random = new Random(7);
        for (var round = 0; round < 5000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ThaiSearchNormalizer.Normalize(text), NormalizedText.Create(text).Text);
        }
    }

    [Fact]
    public void Equals_normalising_the_whole_text_for_random_mixes_around_sara_ia()
    {
        // เ-ีย with a moved tone mark or two words (เสรี | ย่อม): the dictionary reads the letters around, past
        // where a chunk would otherwise end.
        char[] alphabet = ['เ', 'ส', 'ร', 'ป', 'ล', 'ี', 'ย', '่', 'อ', 'ม', 'น', 'ํ', 'า', '\u200B', '\uF70A', ' ', '.'];
        var random = new Random(11);
        for (var round = 0; round < 3000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 20)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ThaiSearchNormalizer.Normalize(text), NormalizedText.Create(text).Text);
        }

        foreach (var word in new[] { "เสรีย่อม", "เปลีย่น", "เฉลีย่" })
        {
            var text = "ประจําปี " + word + "ประจํา" + word;
            Assert.Equal(ThaiSearchNormalizer.Normalize(text), NormalizedText.Create(text).Text);
        }
    }

    [Fact]
    public void Offsets_after_a_shortened_chunk_lead_back_to_the_original()
    {
        const string original = "ประจํา ปี";
        var normalized = NormalizedText.Create(original);
        Assert.Equal("ประจำ ปี", normalized.Text);
        var start = normalized.Text.IndexOf("ปี", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("ปี", StringComparison.Ordinal), normalized.ToOriginal(start));
        Assert.Equal(original.Length, normalized.ToOriginal(normalized.Text.Length));
        Assert.Equal(0, normalized.ToOriginal(0));
    }
}
