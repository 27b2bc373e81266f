using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A month and year typed without a day (<c>สิงหาคม ๒๕๖๘</c>, <c>มิ.ย. 68</c>), as people ask for a month's letters:
/// the letters dated in it, then letters whose text writes it; never required words that only a letter writing
/// that month in its text has.
/// </summary>
public sealed class MonthSearchTests : IDisposable
{
    private const string August = "ชร0017.2/1456";
    private const string AugustMeeting = "ชร0017.2/ว90";
    private const string MentionsAugust = "ชร0017.2/ว91";
    private const string July = "ชร0017.2/1300";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ชร ๐๐๑๗.๒/๑๔๕๖", new DateOnly(2025, 8, 5), "ขออนุมัติเบิกค่าเบี้ยเลี้ยงเดินทางไปราชการ",
            "ขออนุมัติเบิกค่าใช้จ่ายในการเดินทางไปราชการ ค่าเบี้ยเลี้ยงเหมาจ่าย วันละ ๒๔๐ บาท"),
        Circulars.Make("ที่ ชร ๐๐๑๗.๒/ว ๙๐", new DateOnly(2025, 8, 20), "การประชุมหัวหน้าส่วนราชการ",
            "ขอเชิญประชุมหัวหน้าส่วนราชการประจำเดือน ณ ห้องประชุมศาลากลางจังหวัด"),
        Circulars.Make("ที่ ชร ๐๐๑๗.๒/ว ๙๑", new DateOnly(2025, 6, 2), "การประชุมคณะกรมการจังหวัด",
            "กำหนดประชุมคณะกรมการจังหวัดภายในเดือนสิงหาคม ๒๕๖๘ ขอให้ส่งวาระภายในกำหนด"),
        Circulars.Make("ที่ ชร ๐๐๑๗.๒/๑๓๐๐", new DateOnly(2025, 7, 31), "ขออนุมัติเดินทางไปราชการ",
            "ขออนุมัติเดินทางไปราชการเพื่อเข้าร่วมประชุมเชิงปฏิบัติการ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("สิงหาคม 2568")]
    [InlineData("สิงหาคม ๒๕๖๘")]
    [InlineData("ส.ค. 68")]
    [InlineData("ส.ค.2568")]
    [InlineData("เดือนสิงหาคม พ.ศ. 2568")]
    [InlineData("สิงหาคม 2025")]
    [InlineData("August 2025")]
    [InlineData("Aug 2568")]
    public void A_month_alone_lists_its_letters_then_letters_writing_it(string query)
    {
        var response = _index.Search(query);
        var refs = response.Hits.Select(hit => Thai.CircularRef.Parse(hit.Ref).Normalized).ToList();

        Assert.False(response.Approximate);
        Assert.Equal([August, AugustMeeting], refs.Take(2).Order());
        Assert.Equal(MentionsAugust, refs[2]);
        Assert.DoesNotContain(July, refs);
        Assert.Contains("date", response.Hits[0].Matches);
    }

    [Fact]
    public void Words_with_a_month_need_the_words_and_rank_that_months_letter_first()
    {
        Assert.Equal([AugustMeeting, MentionsAugust], _index.Refs("ประชุม สิงหาคม 2568").Take(2));
        Assert.Equal([AugustMeeting, MentionsAugust], _index.Refs("ประชุม August 2025").Take(2));
        Assert.Empty(_index.ExactRefs("วัคซีน สิงหาคม 2568"));
    }

    [Fact]
    public void The_month_a_text_writes_without_a_day_is_marked()
    {
        var hit = Assert.Single(_index.Search("คณะกรมการจังหวัด สิงหาคม 2568").Hits);

        Assert.Contains("<mark>สิงหาคม ๒๕๖๘</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("กพ 68")]
    [InlineData("สำนักงานสิงหาคม 2568")]
    public void A_short_month_without_its_dot_or_a_month_inside_a_word_stays_words(string query)
    {
        Assert.Empty(QueryPlan.Parse(query).Months);
    }

    [Fact]
    public void A_day_with_its_month_is_a_date_not_a_month()
    {
        var plan = QueryPlan.Parse("5 สิงหาคม 2568");

        Assert.Empty(plan.Months);
        Assert.Equal([new DateOnly(2025, 8, 5)], plan.Dates);
        Assert.Equal([August], _index.Refs("5 สิงหาคม 2568").Take(1));
    }
}
