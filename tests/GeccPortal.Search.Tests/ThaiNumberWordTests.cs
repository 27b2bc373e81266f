using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A count written in Thai words (เจ็ดวันอันตราย, สามจังหวัดชายแดนภาคใต้) or in digits, Thai or Arabic, spaced or glued
/// (๗ วันอันตราย, 7วันอันตราย): letters write it every way, and a query in one finds the others; a count above
/// ninety-nine in words (สี่ร้อยบาท) finds its digits (๔๐๐ บาท, ๓,๐๐๐ บาท).
/// </summary>
public sealed class ThaiNumberWordTests : IDisposable
{
    private const string ThaiDigitSpaced = "มท0622/ว51";
    private const string ArabicGlued = "มท0622/ว52";
    private const string InWords = "มท0622/ว53";
    private const string Seventeen = "มท0622/ว54";
    private const string SouthInDigits = "มท0310/ว61";
    private const string SouthInWords = "มท0310/ว62";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๖๒๒/ว ๕๑", new DateOnly(2025, 3, 20), "การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์",
            "ให้จังหวัดตั้งจุดตรวจและจุดบริการประชาชนตลอดช่วง ๗ วันอันตราย ระหว่างวันที่ ๑๑ - ๑๗ เมษายน ๒๕๖๘"),
        Circulars.Make("ที่ มท ๐๖๒๒/ว ๕๒", new DateOnly(2024, 12, 20), "การรณรงค์ลดอุบัติเหตุช่วงเทศกาลปีใหม่",
            "ขอให้อำเภอรายงานสถิติอุบัติเหตุในช่วง 7วันอันตราย ทุกวันภายในเวลา ๑๐.๐๐ น."),
        Circulars.Make("ที่ มท ๐๖๒๒/ว ๕๓", new DateOnly(2024, 4, 2), "สรุปผลการดำเนินงานช่วงเทศกาลสงกรานต์",
            "จังหวัดได้สรุปผลการดำเนินงานในช่วงเจ็ดวันอันตรายเรียบร้อยแล้ว"),
        Circulars.Make("ที่ มท ๐๖๒๒/ว ๕๔", new DateOnly(2024, 5, 2), "การรายงานผลการรณรงค์",
            "ให้รายงานผลการรณรงค์ตลอด ๑๗ วันอันตราย ของโครงการ"),
        Circulars.Make("ที่ มท ๐๓๑๐/ว ๖๑", new DateOnly(2025, 1, 15), "การพัฒนาพื้นที่ชายแดนภาคใต้",
            "ขอให้ ๓ จังหวัดชายแดนภาคใต้จัดทำแผนพัฒนาเศรษฐกิจ"),
        Circulars.Make("ที่ มท ๐๓๑๐/ว ๖๒", new DateOnly(2025, 1, 16), "การเสริมสร้างความมั่นคง",
            "ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้ประสานงานกับสามจังหวัดชายแดนภาคใต้"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เจ็ดวันอันตราย")]
    [InlineData("7 วันอันตราย")]
    [InlineData("๗ วันอันตราย")]
    [InlineData("7วันอันตราย")]
    public void A_count_in_words_or_digits_finds_it_written_every_way(string query)
    {
        Assert.Equal([ThaiDigitSpaced, ArabicGlued, InWords], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("สามจังหวัดชายแดนภาคใต้")]
    [InlineData("3 จังหวัดชายแดนภาคใต้")]
    public void Three_southern_border_provinces_in_words_or_digits(string query)
    {
        Assert.Equal([SouthInDigits, SouthInWords], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_letter_writing_the_count_as_typed_ranks_first()
    {
        Assert.Equal(InWords, _index.Refs("เจ็ดวันอันตราย")[0]);
        Assert.NotEqual(InWords, _index.Refs("7 วันอันตราย")[0]);
    }

    [Theory]
    [InlineData("หนึ่งตำบลหนึ่งผลิตภัณฑ์", "1 ตำบล 1 ผลิตภัณฑ์")]
    [InlineData("สิบเจ็ดวัน", "17 วัน")]
    [InlineData("ยี่สิบเอ็ดวัน", "21 วัน")]
    [InlineData("สิบวัน", "10 วัน")]
    [InlineData("สี่ร้อยบาท", "400 บาท")] // search probe 10: counts above ninety-nine were no number
    [InlineData("สองร้อยเอ็ดคน", "201 คน")]
    [InlineData("สองพันบาท", "2,000 บาท")]
    [InlineData("สามแสนหกหมื่นบาท", "360,000 บาท")]
    [InlineData("ปีสองพันห้าร้อยหกสิบแปดเป็นต้นไป", "ปี 2568 เป็นต้น ไป")] // site probe 11: a year in words got a thousands comma
    [InlineData("พุทธศักราชสองพันห้าร้อยหกสิบแปดเป็นต้นไป", "พุทธศักราช 2568 เป็นต้น ไป")]
    [InlineData("สองพันห้าร้อยหกสิบแปดบาท", "2,568 บาท")]
    [InlineData("ต่อปีสองพันบาท", "ต่อ ปี 2,000 บาท")] // a rate, not a year's name (review of site probe 11's change)
    [InlineData("ค่าธรรมเนียมรายปีสองพันบาท", "ค่า ธรรมเนียม ราย ปี 2,000 บาท")]
    [InlineData("ปีสามพันบาท", "ปี 3,000 บาท")]
    [InlineData("ประจำปีสองพันห้าร้อยหกสิบแปดเป็นต้นไป", "ประจำ ปี 2568 เป็นต้น ไป")]
    public void Number_words_before_a_word_are_read_as_their_number(string query, string digits)
    {
        var word = Assert.Single(GeccPortal.Search.Querying.QueryPlan.Parse(query).Words);
        Assert.Contains(word.Alternatives, alternative => alternative.Text == digits);
    }

    [Theory]
    [InlineData("ความสามารถ")]
    [InlineData("ฉบับหนึ่ง")]
    [InlineData("ร้อยละห้า")]
    [InlineData("จังหวัดร้อยเอ็ด")]
    [InlineData("ร้อยบาท")]
    public void Words_that_are_no_count_get_no_number(string query)
    {
        var word = Assert.Single(GeccPortal.Search.Querying.QueryPlan.Parse(query).Words);
        Assert.DoesNotContain(word.Alternatives, alternative => alternative.Text.Any(char.IsAsciiDigit));
    }

    [Theory]
    [InlineData("ค่าแรงสี่ร้อยบาท")]
    [InlineData("ค่าจ้าง สี่ร้อยบาท")]
    [InlineData("ค่าครองชีพสามพันบาท")]
    public void A_count_above_ninety_nine_in_words_finds_the_letter_writing_its_digits(string query)
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ รง ๐๕๐๔/ว ๗๘", new DateOnly(2025, 6, 18), "อัตราค่าจ้างขั้นต่ำ",
                "กำหนดอัตราค่าจ้างขั้นต่ำวันละ ๔๐๐ บาท และค่าครองชีพเดือนละ ๓,๐๐๐ บาท ตั้งแต่วันที่ ๑ กรกฎาคม ๒๕๖๘"),
            .. Circulars.All,
        ]);

        Assert.Equal("รง0504/ว78", index.ExactRefs(query).FirstOrDefault());
    }
}
