using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// ประกาศ and คำสั่ง are the names of forms and also words letters write (ประกาศผลการสอบ, ตามคำสั่งจังหวัด): in a query
/// they stay words every hit must have, never a type boost that lifts a letter of that type lacking the other words.
/// </summary>
public sealed class CommonFormWordQueryTests : IDisposable
{
    private const string ExamResults = "สธ0422/ว41";
    private const string Survey = "สธ0422/ว42";
    private const string CitingOrder = "สธ0422/ว43";
    private const string SurveyOrder = "สธ0422/ว44";
    private const string UnrelatedOrder = "สธ0422/ว45";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๔๑", new DateOnly(2025, 7, 1), "ประกาศผลการสอบคัดเลือกบุคคลเพื่อเลื่อนขึ้นแต่งตั้ง",
            "ขอส่งรายชื่อผู้ผ่านการคัดเลือกเพื่อให้หน่วยงานแจ้งผู้เกี่ยวข้องทราบ", d => d with { Type = "external" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๔๒", new DateOnly(2025, 7, 2), "การรับฟังความคิดเห็นของประชาชน",
            "สรุปผลการสอบถามความคิดเห็นของประชาชนต่อโครงการก่อสร้างอาคาร", d => d with { Type = "announcement" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๔๓", new DateOnly(2025, 7, 3), "การรายงานผลการสอบข้อเท็จจริง",
            "ตามคำสั่งจังหวัดให้รายงานผลการสอบข้อเท็จจริงกรณีร้องเรียนภายในสามสิบวัน", d => d with { Type = "external" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๔๔", new DateOnly(2025, 7, 4), "แต่งตั้งคณะทำงานสำรวจความพึงพอใจ",
            "ให้คณะทำงานจัดทำสรุปผลการสอบถามความพึงพอใจของผู้รับบริการ", d => d with { Type = "order" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๔๕", new DateOnly(2025, 7, 5), "แต่งตั้งคณะกรรมการจัดซื้อ",
            "แต่งตั้งคณะกรรมการจัดซื้อครุภัณฑ์การแพทย์", d => d with { Type = "order" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void An_announcement_word_ranks_a_letter_titled_with_it_above_an_announcement_lacking_the_other_word()
    {
        var refs = _index.ExactRefs("ประกาศ ผลการสอบ");

        Assert.Equal(ExamResults, refs[0]);
        Assert.True(!refs.Contains(Survey) || refs.IndexOf(Survey) > refs.IndexOf(ExamResults));
    }

    [Fact]
    public void A_letter_writing_the_order_word_and_every_other_word_outranks_an_order_missing_one()
    {
        var refs = _index.ExactRefs("คำสั่ง ผลการสอบ");

        Assert.Equal(CitingOrder, refs[0]);
        Assert.True(!refs.Contains(SurveyOrder) || refs.IndexOf(SurveyOrder) > refs.IndexOf(CitingOrder));
        Assert.DoesNotContain(UnrelatedOrder, refs);
    }

    [Theory]
    [InlineData("ประกาศ ผลการสอบ")]
    [InlineData("คำสั่ง ผลการสอบ")]
    public void A_common_form_word_stays_a_required_word(string query)
    {
        var plan = QueryPlan.Parse(query);

        Assert.Empty(plan.LetterForms);
        Assert.Equal(2, plan.Words.Count);
    }

    [Fact]
    public void A_common_form_word_alone_still_lists_the_letters_of_that_form()
    {
        // The kind of letter is indexed among its heading's words, so an order has คำสั่ง even when its text does not.
        Assert.Contains(UnrelatedOrder, _index.ExactRefs("คำสั่ง"));
    }
}
