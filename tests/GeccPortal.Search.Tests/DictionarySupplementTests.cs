using GeccPortal.Search.Analysis;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words ICU's dictionary cuts into other words (search probe 10): โควิด as โค|วิด, so a query for cattle (โค, or วัว
/// through the table) listed COVID letters; โคกระบือ as โคก|ระบือ, so โค missed the cattle letter; ลัมปี as ลัม|ปี.
/// </summary>
public sealed class DictionarySupplementTests : IDisposable
{
    private const string Covid = "สธ0228.07/ว567";
    private const string Cattle = "กษ0609/ว1200";

    private readonly WordAnalyzer _words = new();

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๒๒๘.๐๗/ว ๕๖๗", new DateOnly(2025, 7, 21),
            "อัตราค่าบริการสาธารณสุขของหน่วยบริการในสังกัดกระทรวงสาธารณสุข",
            "ให้โรงพยาบาลยังคงให้บริการฉีดวัคซีนโควิด ๑๙ แก่กลุ่มเสี่ยง ๖๐๘ โดยไม่คิดค่าใช้จ่าย"),
        Circulars.Make("ที่ กษ ๐๖๐๙/ว ๑๒๐๐", new DateOnly(2025, 8, 1),
            "การขึ้นทะเบียนเกษตรกรผู้เลี้ยงโคกระบือ",
            "ขอให้ปศุสัตว์อำเภอสำรวจจำนวนโคกระบือของเกษตรกร และแจ้งการฉีดวัคซีนป้องกันโรคลัมปี สกิน ให้ครบทุกตัว"),
        .. Circulars.All,
    ]);

    public void Dispose()
    {
        _index.Dispose();
        _words.Dispose();
    }

    [Theory]
    [InlineData("วัคซีนโควิด", "วัคซีน|โควิด")]
    [InlineData("โคกระบือ", "โค|กระบือ")]
    [InlineData("แม่โคกระบือ", "แม่|โค|กระบือ")]
    [InlineData("โรคลัมปี สกิน", "โรค|ลัมปี|สกิน")]
    [InlineData("ลัมปีสกิน", "ลัมปี|สกิน")]
    [InlineData("ซิมการ์ด", "ซิม|การ์ด")]
    [InlineData("แอปทางรัฐ", "แอป|ทาง|รัฐ")]
    [InlineData("แผงโซล่าร์เซลล์", "แผง|โซล่าร์|เซลล์")]
    [InlineData("โซลาร์ฟาร์ม", "โซลาร์|ฟาร์ม")]
    [InlineData("โรคเลปโตสไปโรซิส", "โรค|เลปโตสไปโรซิส")]
    [InlineData("ไข้ชิคุนกุนยา", "ไข้|ชิคุนกุนยา")]
    [InlineData("ไบโอดีเซล", "ไบโอ|ดีเซล")]
    [InlineData("โควิด๑๙", "โควิด|19")]
    [InlineData("โคมไฟ โคคา", "โคม|ไฟ|โค|คา")]
    public void Words_icu_cuts_wrongly_are_read_whole_or_in_their_own_cut(string text, string terms)
    {
        Assert.Equal(terms, string.Join('|', TokenAssert.Terms(_words, text)));
    }

    [Fact]
    public void A_word_put_back_keeps_its_offsets_and_positions()
    {
        var tokens = TokenAssert.Tokens(_words, "ฉีดวัคซีนโควิด ๑๙ ครบ");
        Assert.Equal(["ฉีด", "วัคซีน", "โควิด", "19", "ครบ"], tokens.Select(t => t.Term));
        Assert.Equal((9, 14), (tokens[2].Start, tokens[2].End));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));

        var cattle = TokenAssert.Tokens(_words, "เลี้ยงโคกระบือ");
        Assert.Equal([("โค", 6, 8), ("กระบือ", 8, 14)], cattle.Skip(1).Select(t => (t.Term, t.Start, t.End)));
    }

    [Theory]
    [InlineData("โค")]
    [InlineData("วัว")]
    public void Cattle_finds_the_cattle_letter_and_not_covid(string query)
    {
        var refs = _index.ExactRefs(query);
        Assert.Equal(Cattle, refs.FirstOrDefault());
        Assert.DoesNotContain(Covid, refs);
    }

    [Theory]
    [InlineData("โควิด")]
    [InlineData("วัคซีนโควิด")]
    [InlineData("โควิด19")]
    [InlineData("โควิด-19")]
    [InlineData("COVID")]
    public void Covid_still_finds_the_covid_letter(string query)
    {
        Assert.Contains(Covid, _index.ExactRefs(query));
    }
}
