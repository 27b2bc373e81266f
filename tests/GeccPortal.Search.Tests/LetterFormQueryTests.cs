using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The name of a letter's form in a query (บันทึกข้อความ, หนังสือภายใน) says which kind of letter is meant: the
/// letters of that kind rank first among those the other words find, and the others are still listed below them,
/// as a letter seldom writes its own form in its text.
/// </summary>
public sealed class LetterFormQueryTests : IDisposable
{
    private const string Memo = "สธ0422.1/ว31";
    private const string ExternalCitingMemo = "สธ0422/ว32";
    private const string ExternalTitled = "สธ0422/ว33";
    private const string OtherMemo = "สธ0422.1/ว34";
    private const string Order = "สธ0422/ว35";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๒๒.๑/ว ๓๑", new DateOnly(2025, 6, 10), "รายงานการเฝ้าระวังโรคติดต่อนำโดยยุงลาย",
            "กลุ่มงานควบคุมโรคติดต่อขอรายงานจำนวนผู้ป่วยไข้เลือดออกในสัปดาห์ที่ผ่านมา จึงเรียนมาเพื่อโปรดทราบ",
            d => d with { Type = "internal" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๓๒", new DateOnly(2025, 6, 11), "การป้องกันโรคไข้เลือดออกช่วงฤดูฝน",
            "ตามบันทึกข้อความของกลุ่มงานควบคุมโรคติดต่อ หนังสือภายในที่อ้างถึง ขอให้จังหวัดเร่งรัดการป้องกันโรคไข้เลือดออก " +
            "และกำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชน", d => d with { Type = "external" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๓๓", new DateOnly(2025, 6, 12), "มาตรการควบคุมโรคไข้เลือดออก",
            "ขอให้สำนักงานสาธารณสุขจังหวัดดำเนินมาตรการควบคุมโรคไข้เลือดออกอย่างเข้มงวด", d => d with { Type = "external" }),
        Circulars.Make("ที่ สธ ๐๔๒๒.๑/ว ๓๔", new DateOnly(2025, 6, 13), "ขออนุมัติเดินทางไปราชการ",
            "ขออนุมัติเดินทางไปประชุมเชิงปฏิบัติการที่จังหวัดขอนแก่น", d => d with { Type = "internal" }),
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๓๕", new DateOnly(2025, 6, 14), "แต่งตั้งคณะทำงานควบคุมโรคไข้เลือดออก",
            "แต่งตั้งคณะทำงานควบคุมโรคไข้เลือดออกระดับจังหวัด ประกอบด้วยผู้แทนส่วนราชการ", d => d with { Type = "order" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("บันทึกข้อความ ไข้เลือดออก")]
    [InlineData("หนังสือภายใน ไข้เลือดออก")]
    [InlineData("ไข้เลือดออก บันทึกข้อความ")]
    [InlineData("บันทึกข้อความไข้เลือดออก")]
    [InlineData("หนังสือภายในไข้เลือดออก")]
    public void A_memo_form_word_ranks_the_memo_first_and_still_lists_the_other_letters(string query)
    {
        var refs = _index.ExactRefs(query);

        Assert.Equal(Memo, refs[0]);
        Assert.Equal([Memo, ExternalCitingMemo, ExternalTitled, Order], refs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_order_word_finds_the_order_by_its_heading()
    {
        Assert.Equal(Order, _index.ExactRefs("คำสั่ง ไข้เลือดออก")[0]);
    }

    [Fact]
    public void A_one_word_form_name_glued_to_a_word_is_a_phrase_of_its_own()
    {
        // ประกาศห้ามเผา is what a letter writes, not "an announcement on ห้ามเผา".
        Assert.Single(GeccPortal.Search.Querying.QueryPlan.Parse("ประกาศห้ามเผา").Words);
        Assert.Empty(GeccPortal.Search.Querying.QueryPlan.Parse("ประกาศห้ามเผา").LetterForms);
    }

    [Fact]
    public void The_form_word_alone_lists_the_letters_of_that_form()
    {
        Assert.Equal([Memo, OtherMemo], _index.ExactRefs("บันทึกข้อความ").Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_form_word_is_not_marked_in_the_snippet_of_a_letter_of_another_form()
    {
        var hit = _index.Search("หนังสือภายใน ไข้เลือดออก").Hits.Single(hit => hit.Type == "external" && hit.Title.StartsWith("การป้องกัน", StringComparison.Ordinal));
        Assert.DoesNotContain("<mark>หนังสือภายใน", hit.Snippet);
    }
}
