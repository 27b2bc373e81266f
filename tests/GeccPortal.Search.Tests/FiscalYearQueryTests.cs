using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A fiscal year typed in a query (<c>ปีงบประมาณ 2568</c>, <c>ปีงบ 68</c>), as officials think of their year: a hit is
/// dated in it (1 October – 30 September) or writes it, whether or not its text has the words ปีงบประมาณ and 2568.
/// </summary>
public sealed class FiscalYearQueryTests : IDisposable
{
    private const string Quake2568 = "มท0610/ว233";
    private const string Quake2567 = "มท0610/ว88";
    private const string Training = "มท0610/ว301";
    private const string PlanWriting2568 = "มท0610/ว12";

    private readonly TempIndex _index = new([
        // Dated 2 April 2025: fiscal year 2568; its text names neither ปีงบประมาณ nor 2568.
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๒๓๓", new DateOnly(2025, 4, 2), "การตรวจสอบอาคารสูงภายหลังเหตุแผ่นดินไหว",
            "ขอให้ตรวจสอบความมั่นคงแข็งแรงของอาคารสูงภายหลังเหตุแผ่นดินไหวในประเทศเมียนมา"),
        // Dated 15 September 2024: fiscal year 2567.
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๘๘", new DateOnly(2024, 9, 15), "การเตรียมความพร้อมรับมือแผ่นดินไหว",
            "ขอให้จังหวัดซักซ้อมแผนเผชิญเหตุแผ่นดินไหวในอาคารสูง"),
        // Dated 1 October 2024: the first day of fiscal year 2568.
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๓๐๑", new DateOnly(2024, 10, 1), "การฝึกอบรมอาสาสมัครป้องกันภัย",
            "การฝึกอบรมอาสาสมัครรับมือแผ่นดินไหว"),
        // Dated 1 February 2024, in fiscal year 2567, about the budget of 2568.
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๑๒", new DateOnly(2024, 2, 1), "การจัดทำคำของบประมาณ",
            "ขอให้จัดทำคำของบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำหรับโครงการเสริมความแข็งแรงอาคารรับแผ่นดินไหว"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("แผ่นดินไหว ปีงบประมาณ 2568")]
    [InlineData("แผ่นดินไหว ปีงบประมาณ พ.ศ. ๒๕๖๘")]
    [InlineData("แผ่นดินไหว ปีงบ 68")]
    [InlineData("แผ่นดินไหว งบปี 68")]
    public void Words_with_a_fiscal_year_find_the_letters_dated_in_it_or_writing_it(string query)
    {
        var refs = _index.ExactRefs(query);

        Assert.Equal([PlanWriting2568, Quake2568, Training], refs.Order());
        Assert.DoesNotContain(Quake2567, refs);
    }

    [Fact]
    public void A_fiscal_year_alone_lists_its_letters_and_the_letters_writing_it()
    {
        var response = _index.Search("ปีงบประมาณ 2567");

        Assert.Equal([PlanWriting2568, Quake2567], response.Hits.Select(hit => Thai.CircularRef.Parse(hit.Ref).Normalized).Order());
        Assert.All(response.Hits, hit => Assert.Contains("date", hit.Matches));
    }

    [Fact]
    public void The_fiscal_year_a_text_writes_is_marked()
    {
        var hit = Assert.Single(_index.Search("คำของบประมาณ ปีงบประมาณ 2568").Hits);

        Assert.Contains("<mark>ปีงบประมาณ พ.ศ. ๒๕๖๘</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ปีงบประมาณ")]
    [InlineData("งบประมาณ 2568")]
    public void Without_a_year_or_the_words_of_a_fiscal_year_it_stays_words(string query)
    {
        Assert.Empty(QueryPlan.Parse(query).FiscalYears);
    }

    [Fact]
    public void A_slip_in_the_words_is_looked_for_only_in_the_fiscal_year()
    {
        var response = _index.Search("แผ่นดินไหล ปีงบประมาณ 2567");

        Assert.True(response.Approximate);
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, hit => Assert.Contains(Thai.CircularRef.Parse(hit.Ref).Normalized, new[] { Quake2567, PlanWriting2568 }));
    }
}
