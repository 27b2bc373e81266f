using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Words typed with a slip find nothing as typed; the letters nearest them come back, said to be approximate.</summary>
public sealed class ApproximateSearchTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๒๒/ว ๘๘", new DateOnly(2024, 9, 12), "การรณรงค์ให้วัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล",
            "กรมควบคุมโรคกำหนดจัดการรณรงค์ให้วัคซีนป้องกันโรคไข้หวัดใหญ่และโรคโควิด ๑๙ แก่กลุ่มเสี่ยง ณ โรงพยาบาลทุกแห่ง"),
        Circulars.Make("ที่ มท ๐๘๑๖.๓/ว ๔๐๐", new DateOnly(2024, 12, 3), "การจ่ายเงินเบี้ยยังชีพผู้สูงอายุ",
            "ขอให้องค์กรปกครองส่วนท้องถิ่นจ่ายเงินเบี้ยยังชีพผู้สูงอายุแบบขั้นบันไดภายในวันที่ ๑๐ ของทุกเดือน"),
        Circulars.Make("ที่ ดศ ๐๒๐๕/ว ๑๗", new DateOnly(2025, 2, 18), "การแจ้งเตือนภัยอีเมลหลอกลวง",
            "พบการส่งอีเมลหลอกลวงแอบอ้างเป็นหน่วยงานของรัฐ ขอให้ตรวจสอบที่อยู่อีเมลของผู้ส่งทุกครั้ง"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๒/ว ๙", new DateOnly(2025, 1, 9), "การรับสมัครนักศึกษาวิทยาลัยอาชีวศึกษา",
            "วิทยาลัยอาชีวศึกษาเปิดรับสมัครนักศึกษาใหม่ ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๘"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("วัคซิน", "สธ0422/ว88")]
    [InlineData("ไข้หวัดไหญ่", "สธ0422/ว88")]
    [InlineData("โควิท", "สธ0422/ว88")]
    [InlineData("เบียยังชีพ", "มท0816.3/ว400")]
    [InlineData("เบี้ยยังชิพ", "มท0816.3/ว400")]
    [InlineData("อีเมย", "ดศ0205/ว17")]
    [InlineData("อีเมยหลอกลวง", "ดศ0205/ว17")]
    public void A_word_with_a_slip_finds_the_letter_with_the_word_said_to_be_approximate(string query, string expected)
    {
        var response = _index.Search(query);

        Assert.True(response.Approximate);
        Assert.Equal(expected, Thai.CircularRef.Parse(response.Hits[0].Ref).Normalized);
        Assert.Equal(response.Total, response.Hits.Count);
    }

    [Theory]
    [InlineData("วัคซิน", "<mark>วัคซีน</mark>")]
    [InlineData("ไข้หวัดไหญ่", "<mark>ไข้หวัดใหญ่</mark>")]
    [InlineData("เบียยังชีพ", "<mark>เบี้ยยังชีพ</mark>")]
    [InlineData("อีเมล์", "<mark>อีเมล</mark>")]
    public void An_approximate_hit_marks_the_word_the_text_writes_in_place_of_the_slip(string query, string marked)
    {
        var hit = _index.Search(query).Hits[0];

        Assert.Contains(marked, hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("body", hit.Matches);
    }

    [Fact]
    public void Letters_near_the_query_only_through_other_words_one_edit_away_are_not_listed()
    {
        // เรีย, จัง, งชี and ชีว are each a bigram of เบียยังชีพ or one edit from one (เบีย, ยัง, งชี, ชีพ): enough
        // bigrams, but the letter scores far below the one with เบี้ยยังชีพ.
        using var index = new TempIndex([
            Circulars.Make("ที่ มท ๐๘๑๖.๓/ว ๔๐๐", new DateOnly(2024, 12, 3), "การจ่ายเงินเบี้ยยังชีพผู้สูงอายุ",
                "ขอให้องค์กรปกครองส่วนท้องถิ่นจ่ายเงินเบี้ยยังชีพผู้สูงอายุแบบขั้นบันไดภายในวันที่ ๑๐ ของทุกเดือน"),
            Circulars.Make("ที่ ศธ ๐๔๐๐๒/ว ๑๐", new DateOnly(2025, 1, 10), "การจัดการเรียนการสอน",
                "นักเรียนทุกคนในจังหวัดต้องเรียนวิชาชีววิทยาและวิชาพลังชีวิต"),
        ]);

        Assert.Equal(["มท0816.3/ว400"], index.Refs("เบียยังชีพ"));
    }

    [Fact]
    public void Letters_sharing_only_a_pair_of_letters_with_the_query_are_not_listed()
    {
        // โควิท shares วิท with วิทยาลัย, and nothing else.
        Assert.Equal(["สธ0422/ว88"], _index.Refs("โควิท"));
    }

    [Theory]
    [InlineData("วัคซีน")]
    [InlineData("เบี้ยยังชีพ")]
    public void A_query_found_as_typed_is_not_approximate(string query)
    {
        var response = _index.Search(query);

        Assert.False(response.Approximate);
        Assert.NotEmpty(response.Hits);
    }

    [Theory]
    [InlineData("ฟหกดเสว")]
    [InlineData("qzxwvk")]
    [InlineData("ปลาวาฬบินได้")]
    public void Nonsense_still_finds_nothing(string query)
    {
        var response = _index.Search(query);

        Assert.Equal(0, response.Total);
        Assert.False(response.Approximate);
    }

    [Theory]
    [InlineData("สธ 0422/ว 89")]
    [InlineData("ว 87")]
    [InlineData("วัคซิน ว 87")]
    public void A_reference_that_finds_nothing_is_never_matched_approximately(string query)
    {
        var response = _index.Search(query);

        Assert.Equal(0, response.Total);
        Assert.False(response.Approximate);
    }

    [Fact]
    public void The_filters_still_hold()
    {
        Assert.Empty(_index.Refs("วัคซิน", request => request with { Agency = "มท" }));
        Assert.Equal(["สธ0422/ว88"], _index.Refs("วัคซิน", request => request with { Agency = "สธ" }));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(5, 4)]
    [InlineData(10, 7)]
    public void About_seventy_percent_of_the_bigrams_are_needed(int grams, int needed)
    {
        Assert.Equal(needed, ApproximateMatch.Needed(grams));
    }
}
