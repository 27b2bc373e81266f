using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The labels a letter's form prints (เรื่อง, อ้างถึง, สิ่งที่ส่งมาด้วย), typed or pasted before the words that follow
/// them on the page: the site prints them from the form, so the letter's text does not hold them there, and the
/// words after them find the letter as typed (not only approximately).
/// </summary>
public sealed class HeadingLabelQueryTests : IDisposable
{
    private const string Quake = "มท0610/ว233";
    private const string Exam = "มท0610/ว234";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๒๓๓", new DateOnly(2025, 4, 2), "การตรวจสอบความมั่นคงแข็งแรงของอาคารสูงภายหลังเหตุแผ่นดินไหว",
            "ขอให้ตรวจสอบอาคารสูงและรายงานผลตามแบบที่ส่งมาด้วย", d => d with
            {
                EnclosureTitles = ["แบบรายงานผลการตรวจสอบอาคารเบื้องต้น"],
            }),
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๒๓๔", new DateOnly(2025, 4, 3), "การสอบคัดเลือกพนักงานดับเพลิง",
            "เรื่องร้องเรียนการสอบคัดเลือกให้ส่งถึงกรมภายในสิบห้าวัน สิ่งที่ส่งมาด้วย ประกาศรายชื่อผู้มีสิทธิสอบ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เรื่อง การตรวจสอบความมั่นคงแข็งแรงของอาคารสูง")]
    [InlineData("เรื่อง แผ่นดินไหว")]
    [InlineData("สิ่งที่ส่งมาด้วย แบบรายงาน")]
    [InlineData("สิ่งที่ส่งมาด้วยแบบรายงาน")]
    [InlineData("สิ่งที่แนบมาด้วย แบบรายงานผลการตรวจสอบอาคาร")]
    [InlineData("อ้างถึง อาคารสูง")]
    public void A_label_before_the_words_finds_the_letter_as_typed(string query)
    {
        Assert.Equal([Quake], _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("เรื่อง")]
    [InlineData("สิ่งที่ส่งมาด้วย")]
    public void A_label_alone_is_still_a_word(string query)
    {
        Assert.Equal([Exam], _index.ExactRefs(query));
    }

    [Fact]
    public void A_word_that_begins_with_เรื่อง_keeps_it()
    {
        var word = Assert.Single(QueryPlan.Parse("เรื่องร้องเรียน").Words);

        Assert.Equal("เรื่องร้องเรียน", word.Text);
        Assert.Equal([Exam], _index.ExactRefs("เรื่องร้องเรียน"));
    }
}
