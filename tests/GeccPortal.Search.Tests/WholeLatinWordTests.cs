using GeccPortal.Search.Indexing;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A Latin word or a number in a query matches whole words and whole numbers: not letters inside a longer
/// word (ID in e-bidding, act in Factor), nor digits at the start or end of a longer number (25 in 2568,
/// 400 in a phone number or a reference). Hyphenated words are still found whole and by their parts.
/// </summary>
public sealed class WholeLatinWordTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๐๕.๔/ว ๓๑", new DateOnly(2025, 3, 6), "การจัดซื้อจัดจ้างด้วยวิธี e-bidding",
            "ให้หน่วยงานดำเนินการด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ภายในปีงบประมาณ ๒๕๖๘",
            d => d with
            {
                Attachments = [new SearchAttachment("manual.pdf", "files/manual.pdf",
                    "ลงทะเบียนผู้ประกอบการ โดยยืนยันตัวตนผ่านระบบ Digital ID และดาวน์โหลดร่างขอบเขตของงาน (TOR)", false)],
            }),
        Circulars.Make("ที่ ดศ ๐๒๐๔/ว ๑๑", new DateOnly(2025, 2, 4), "การรักษาความมั่นคงปลอดภัยไซเบอร์",
            "เปิดใช้งานการยืนยันตัวตนแบบสองปัจจัย (Two-Factor Authentication) และการประชุมผ่าน Video Conference ปี ๒๕๖๘",
            d => d with { ContactPhone = "๐ ๕๓๑๑ ๖๔๐๐" }),
        Circulars.Make("ที่ สธ ๐๔๑๑/ว ๗", new DateOnly(2024, 9, 2), "การให้วัคซีนโควิด ๑๙",
            "รณรงค์ให้วัคซีนป้องกันโรคโควิด-19 (COVID-19) ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันที่ ๓๑ มกราคม ๒๕๖๘"),
        Circulars.Make("ที่ ชม ๐๐๑๘.๒/ว ๕", new DateOnly(2025, 1, 20), "การควบคุมฝุ่นละออง",
            "ฝุ่นละอองขนาดไม่เกิน ๒.๕ ไมครอน (PM 2.5) เกินค่ามาตรฐาน ดูข้อมูลที่ www.pcd.go.th ตั้งแต่วันที่ ๒๕ มกราคม ๒๕๖๘"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๙/ว ๒๑", new DateOnly(2024, 11, 1), "ค่าอาหารกลางวัน",
            "ปรับอัตราค่าอาหารกลางวันนักเรียนเป็นคนละ ๓๖ บาทต่อวัน ภาคเรียนที่ ๒/๒๕๖๗ ดูรายละเอียดที่ www.opm.go.th"),
        Circulars.Make("ที่ รง ๐๕๐๕/ว ๗๖", new DateOnly(2024, 12, 25), "อัตราค่าจ้างขั้นต่ำ",
            "อัตราวันละ ๔๐๐ บาท ในท้องที่จังหวัดภูเก็ต และอัตราวันละ ๓๘๐ บาท ในจังหวัดชลบุรี"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ID", "กค0405.4/ว31")] // not e-bidding, not Video, not COVID
    [InlineData("id", "กค0405.4/ว31")]
    [InlineData("TOR", "กค0405.4/ว31")] // not Two-Factor
    [InlineData("PM2.5", "ชม0018.2/ว5")] // not pm of opm, not 2.5 as the start of 2568
    [InlineData("400 บาท", "รง0505/ว76")] // not the 0400 of ศธ 04009, not the phone ending 6400
    public void A_latin_word_or_a_number_is_found_only_whole(string query, string only)
    {
        Assert.Equal([only], _index.Refs(query));
    }

    [Fact]
    public void Letters_inside_a_longer_word_are_no_match()
    {
        Assert.Empty(_index.Refs("act"));
        Assert.Empty(_index.Refs("bid"));
        Assert.Empty(_index.Refs("ideo"));
        Assert.Empty(_index.Refs("ovid"));
    }

    [Fact]
    public void The_last_latin_word_may_be_half_typed_and_finds_the_words_it_begins_below_a_whole_word()
    {
        Assert.Equal(["สธ0411/ว7"], _index.Refs("covi"));
        Assert.Equal(["ดศ0204/ว11"], _index.Refs("การประชุม vide"));
        Assert.Empty(_index.ExactRefs("vide การประชุม")); // not last: the word was typed whole (the second try may still offer it, flagged approximate)
        Assert.Empty(_index.Refs("covi ")); // a space after it ends it
        Assert.Empty(_index.Refs("co")); // too short to begin only a few words

        var hit = Assert.Single(_index.Search("covi").Hits);
        Assert.Contains("(<mark>COVI</mark>D-19)", hit.Snippet);
    }

    [Fact]
    public void A_half_typed_number_is_no_match()
    {
        Assert.Empty(_index.Refs("256"));
        Assert.Empty(_index.Refs("โทร 0531"));
    }

    [Fact]
    public void A_number_does_not_match_the_start_of_a_longer_number()
    {
        // Every letter writes a year 25xx; only the Chiang Mai letter has the number 25 (and 2.5, the same digits).
        Assert.Equal(["ชม0018.2/ว5"], _index.Refs("25"));
        Assert.Empty(_index.Refs("256"));
        Assert.Empty(_index.Refs("6400 บาท"));
    }

    [Theory]
    [InlineData("e-bidding")]
    [InlineData("ebidding")]
    [InlineData("e bidding")]
    [InlineData("bidding")]
    [InlineData("E-Bidding")]
    public void A_hyphenated_word_is_found_whole_and_by_its_parts(string query)
    {
        Assert.Equal(["กค0405.4/ว31"], _index.Refs(query));
    }

    [Fact]
    public void Parts_and_wholes_of_other_words_still_match()
    {
        Assert.Equal(["ดศ0204/ว11"], _index.Refs("factor"));
        Assert.Equal(["ดศ0204/ว11"], _index.Refs("twofactor"));
        Assert.Equal(["สธ0411/ว7"], _index.Refs("covid19"));
        Assert.Equal(["ดศ0204/ว11"], _index.Refs("053116400"));
        Assert.Equal(["ดศ0204/ว11"], _index.Refs("6400"));
    }

    [Fact]
    public void The_whole_word_is_marked_not_the_same_letters_inside_another()
    {
        var hit = Assert.Single(_index.Search("Digital ID").Hits);

        Assert.Equal(["attachment:manual.pdf"], hit.Matches);
        Assert.Contains("<mark>Digital</mark> <mark>ID</mark>", hit.Snippet);
        Assert.DoesNotContain("b<mark>", hit.Snippet);
    }

    [Fact]
    public void A_number_is_marked_only_where_it_stands_whole()
    {
        var hit = Assert.Single(_index.Search("25").Hits);

        Assert.Contains("<mark>2.5</mark>", hit.Snippet);
        Assert.Contains("<mark>๒๕</mark> มกราคม", hit.Snippet);
        Assert.DoesNotContain("<mark>๒๕</mark>๖๘", hit.Snippet);
    }
}
