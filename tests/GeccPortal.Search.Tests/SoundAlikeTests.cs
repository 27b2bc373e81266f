using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An English word typed in Thai letters that no table row has (probe 8: <c>อีฟายลิ่ง</c>, <c>อีเลิร์นนิ่ง</c>, <c>สมาร์ทคิว</c>
/// found nothing) finds the English a letter writes, by the consonants both sound with (<see cref="SoundKey"/>), one word or
/// two in a row.
/// </summary>
public sealed class SoundAlikeTests : IDisposable
{
    private const string Tax = "กค0702/ว1234";
    private const string Licence = "คค0408.4/ว543";
    private const string Maternity = "รง0629/ว87";
    private const string Test = "ศธ04206/ว2789";

    private readonly TempIndex _index = new([
        ProbeEightLetters.TaxFiling, ProbeEightLetters.LicenceRenewal, ProbeEightLetters.Maternity, ProbeEightLetters.ReadingTest,
        ProbeEightLetters.VolunteerMemo,
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("อีฟายลิ่ง", Tax)]
    [InlineData("อีเลิร์นนิ่ง", Licence)]
    [InlineData("สมาร์ทคิว", Licence)]
    [InlineData("อีเซลฟ์เซอร์วิส", Maternity)]
    [InlineData("แอคทีฟเลิร์นนิ่ง", Test)]
    [InlineData("แอกทีฟเลิร์นนิง", Test)]
    public void A_loanword_in_thai_letters_finds_the_english_a_letter_writes(string typed, string expected)
    {
        Assert.Contains(expected, _index.ExactRefs(typed));
    }

    [Theory]
    [InlineData("filing", "ฟายลิ่ง")]
    [InlineData("learning", "เลิร์นนิ่ง")]
    [InlineData("smart", "สมาร์ท")]
    [InlineData("queue", "คิว")]
    [InlineData("active", "แอคทีฟ")]
    [InlineData("service", "เซอร์วิส")]
    [InlineData("excel", "เอ็กซ์เซล")]
    [InlineData("digital", "ดิจิทัล")]
    [InlineData("application", "แอปพลิเคชัน")]
    [InlineData("movement", "มูฟเมนต์")]
    public void An_english_word_and_its_thai_spelling_have_one_key(string english, string thai)
    {
        Assert.Equal(SoundKey.OfLatin(english), SoundKey.OfThai(thai));
    }

    [Fact]
    public void A_plural_is_found_by_its_thai_spelling_without_the_s()
    {
        // Probe 9: สมาร์ทแลนด์ found nothing for a letter writing SmartLands.
        var alikes = SoundAlikes.Of(["smartlands", "process", "status"]);
        Assert.Equal(["smartlands"], alikes.For("สมาร์ทแลนด์"));
        Assert.Empty(alikes.For("โพรเซ")); // a word's own ss is no plural
        Assert.Empty(alikes.For("สเตตั")); // nor is -us
    }

    [Fact]
    public void A_thai_word_of_no_english_sound_finds_no_english_word()
    {
        var alikes = SoundAlikes.Of(["filing", "learning", "smart", "queue", "self", "service"]);
        Assert.Empty(alikes.For("ประชุม"));
        Assert.Empty(alikes.For("คิว")); // one class: too short to stand for a word alone
        Assert.Equal(["smart queue"], alikes.For("สมาร์ทคิว"));
    }

    [Theory]
    [InlineData("license")]
    [InlineData("qr license")]
    [InlineData("licens")]
    public void An_english_word_no_letter_writes_finds_one_that_sounds_alike(string typed)
    {
        Assert.Equal([Licence], _index.ExactRefs(typed));
    }

    [Fact]
    public void An_english_word_the_index_has_gets_no_other()
    {
        var alikes = SoundAlikes.Of(["licence", "license", "filing"]);
        Assert.Empty(alikes.ForLatin("licence"));
        Assert.Equal(["licence", "license"], alikes.ForLatin("lycense").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_thai_word_letters_write_is_not_looked_for_as_english()
    {
        // สมุด sounds as smart: a letter writing it is what was asked for, not one writing Smart Queue.
        using var index = new TempIndex([
            ProbeEightLetters.LicenceRenewal,
            Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๑๓", new DateOnly(2025, 1, 8), "การจัดซื้อวัสดุสำนักงาน", "จัดซื้อดินสอ สมุด และยางลบ"),
        ]);
        Assert.Equal(["นพ0017.3/ว13"], index.ExactRefs("สมุด"));
        Assert.Contains("smart", SoundAlikes.Of(["smart"]).For("สมุด"));
    }

    [Fact]
    public void Thai_words_glued_without_a_loanword_mark_are_no_two_english_words()
    {
        var alikes = SoundAlikes.Of(["power", "smoke"]);
        Assert.Empty(alikes.For("ใบสมัคร"));
    }

    [Fact]
    public void Each_key_keeps_a_bounded_number_of_words()
    {
        var alikes = SoundAlikes.Of(["filing", "flag", "fling", "failing", "feeling", "falling"]);
        Assert.True(alikes.For("ฟายลิ่ง").Count <= SoundAlikes.MaxPerKey);
    }
}
