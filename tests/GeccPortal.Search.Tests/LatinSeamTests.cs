using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A Latin word glued without a capital at its seam (search probe 10: <c>qrcode</c> found nothing for a letter writing
/// QR Code, though <c>QRCode</c> found it): split where the index knows both halves, only when nothing is found as typed.
/// </summary>
public sealed class LatinSeamTests : IDisposable
{
    private const string Guide = "กก0403/ว211";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กก ๐๔๐๓/ว ๒๑๑", new DateOnly(2025, 9, 9), "การต่ออายุใบอนุญาตเป็นมัคคุเทศก์",
            "ชำระค่าธรรมเนียม ๒๐๐ บาท ผ่านคิวอาร์โค้ด (QR Code) หรือพร้อมเพย์ ตรวจสอบรายชื่อผ่านแอปพลิเคชัน Smart Vote"),
        Circulars.Make("ที่ กค ๐๗๐๒/ว ๑๘", new DateOnly(2025, 6, 20), "การออกใบกำกับภาษีอิเล็กทรอนิกส์",
            "ผู้ประกอบการจดทะเบียนออกใบกำกับภาษีผ่านระบบ e-Tax Invoice by Email ได้"),
        Circulars.Make("ที่ ตช ๐๐๑๑.๒๒/ว ๔๐", new DateOnly(2025, 7, 1), "การชำระค่าปรับตามใบสั่งทางออนไลน์",
            "ประชาชนชำระค่าปรับตามใบสั่งได้ทางเว็บไซต์ www.thaipoliceonline.go.th ตลอด ๒๔ ชั่วโมง"),
        .. Circulars.All,
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("qrcode")]
    [InlineData("QRcode ค่าธรรมเนียม")]
    [InlineData("smartvote")]
    public void A_glued_latin_word_finds_the_letter_writing_its_words_apart(string query)
    {
        Assert.Equal([Guide], _index.ExactRefs(query));
    }

    // Search probe 11 (the README's etaxinvoice): three parts, the first the e of an e-government name.
    [Theory]
    [InlineData("etaxinvoice")]
    [InlineData("etax")]
    public void A_latin_word_glued_from_an_e_name_and_another_word_finds_its_letter(string query)
    {
        Assert.Equal(["กค0702/ว18"], _index.ExactRefs(query));
    }

    // Search probe 11's review: the three words apart were looked for glued only when they were the whole query.
    [Theory]
    [InlineData("thai police online")]
    [InlineData("เว็บไซต์ thai police online")]
    [InlineData("thai police online ใบสั่ง")]
    public void Three_latin_words_typed_apart_find_the_web_address_gluing_them_among_other_words(string query)
    {
        Assert.Equal(["ตช0011.22/ว40"], _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("etaxinvoice", "e-tax invoice")]
    [InlineData("smartqrcode", "smart qr code")]
    [InlineData("etax", "e-tax")]
    public void Three_parts_are_read_when_no_two_are_words(string text, string spaced)
    {
        var words = new Dictionary<string, int> { ["e"] = 9, ["tax"] = 2, ["invoice"] = 2, ["qr"] = 3, ["code"] = 5, ["smart"] = 1 };
        Assert.Equal(spaced, LatinSeams.Spaced(text, word => words.GetValueOrDefault(word)));
    }

    [Theory]
    [InlineData("qrcode", "qr code")]
    [InlineData("จ่าย qrcode ได้", "จ่าย qr code ได้")]
    [InlineData("QRcode", "QR code")]
    public void The_seam_is_where_both_halves_are_words(string text, string spaced)
    {
        var words = new Dictionary<string, int> { ["qr"] = 3, ["code"] = 5, ["co"] = 1, ["de"] = 1, ["qrc"] = 1 };
        Assert.Equal(spaced, LatinSeams.Spaced(text, word => words.GetValueOrDefault(word)));
    }

    [Theory]
    [InlineData("code")] // a word the index knows
    [InlineData("qrzz")] // a half it does not
    [InlineData("e-qrcode")] // part of a hyphenated run
    [InlineData("qrcode2")] // glued to digits
    [InlineData("xqrcode")] // a lone letter other than e-'s
    [InlineData("qrecode")] // e inside the word
    public void Other_words_stay_as_typed(string text)
    {
        var words = new Dictionary<string, int> { ["qr"] = 3, ["code"] = 5 };
        Assert.Null(LatinSeams.Spaced(text, word => words.GetValueOrDefault(word)));
    }
}
