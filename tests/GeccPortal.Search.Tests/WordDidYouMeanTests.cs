using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A "did you mean" for words (search probe 10: a misspelt word got approximate hits and no corrected query to click):
/// when nothing is found as typed, the query with the slip replaced by the nearest word letters write, if that finds letters.
/// </summary>
public sealed class WordDidYouMeanTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ดศ ๐๒๐๒/ว ๑๔๒๓", new DateOnly(2025, 2, 28), "มาตรการป้องกันแก๊งคอลเซ็นเตอร์และบัญชีม้า",
            "ผู้ให้บริการระงับซิมการ์ดที่ไม่ยืนยันตัวตน และธนาคารระงับบัญชีม้าที่มิจฉาชีพใช้รับโอนเงิน"),
        Circulars.Make("ที่ รง ๐๕๐๔/ว ๗๘", new DateOnly(2025, 6, 18), "อัตราค่าจ้างขั้นต่ำ",
            "กำหนดอัตราค่าจ้างขั้นต่ำวันละ ๔๐๐ บาท ตรวจสอบผ่านแอปพลิเคชัน Smart Vote ไม่ได้"),
        .. Circulars.All,
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("มิจฉาชีบ", "มิจฉาชีพ")]
    [InlineData("ค่าจางขั้นต่ำ", "ค่าจ้างขั้นต่ำ")] // a tone mark left out, not จึง of the same consonants
    [InlineData("บัญชีม้า มิจฉาชีบ", "บัญชีม้า มิจฉาชีพ")]
    public void A_slip_gets_the_query_with_the_word_letters_write(string typed, string suggested)
    {
        var response = _index.Search(typed);

        Assert.True(response.Approximate);
        Assert.Equal(suggested, response.SuggestedQuery);
        Assert.False(_index.Search(suggested).Approximate);
    }

    [Theory]
    [InlineData("มิจฉาชีพ")] // found as typed
    [InlineData("ค่าจ้าง")]
    [InlineData("ฟุตบอลโลก")] // nothing near
    public void A_query_found_as_typed_or_with_nothing_near_gets_none(string typed)
    {
        Assert.Null(_index.Search(typed).SuggestedQuery);
    }
}
