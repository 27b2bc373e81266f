using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Dates written in a query, as officials cite letters (ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘).</summary>
public sealed class DateSearchTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๖", new DateOnly(2025, 1, 7), "การประชุมชี้แจงแนวทาง", "ขอเชิญประชุมชี้แจงแนวทางการดำเนินงาน"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๗", new DateOnly(2025, 1, 8), "การประชุมติดตามผล", "ตามที่ได้ประชุมเมื่อวันที่ ๗ มกราคม ๒๕๖๘ นั้น"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๙/ว ๗๖", new DateOnly(2024, 6, 5), "การประชุมผู้บริหาร", "ขอเชิญประชุมผู้บริหารสถานศึกษา"),
        Circulars.Make("ที่ กค ๐๔๐๕.๒/ว ๑๑๙", new DateOnly(2025, 3, 3), "ค่าเช่าบ้าน", "การเบิกค่าเช่าบ้านข้าราชการ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("๗ มกราคม ๒๕๖๘")]
    [InlineData("ลงวันที่ 7 ม.ค. 2568")]
    [InlineData("7 ม.ค. 68")]
    [InlineData("ลว.7 ม.ค.68")]
    public void A_date_alone_finds_the_letters_of_that_day_first(string query)
    {
        Assert.Equal("มท0810.3/ว76", _index.Refs(query)[0]);
        Assert.Contains("date", _index.Search(query).Hits[0].Matches);
    }

    [Theory]
    [InlineData("7/1/2568")]
    [InlineData("07/01/68")]
    [InlineData("7-1-2568")]
    [InlineData("07.01.68")]
    [InlineData("2025-01-07")]
    [InlineData("7 January 2025")]
    [InlineData("7 Jan 2025")]
    [InlineData("7/1/2025")]
    public void A_date_typed_as_numbers_or_in_English_is_read_as_the_Thai_date_is(string query)
    {
        Assert.Equal(_index.Refs("๗ มกราคม ๒๕๖๘"), _index.Refs(query));
        Assert.Contains("date", _index.Search(query).Hits[0].Matches);
    }

    [Fact]
    public void A_date_written_as_numbers_in_a_letter_is_found_and_marked_by_the_date_in_any_form()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๔๑๑/ว ๕", new DateOnly(2025, 2, 1), "ตารางออกหน่วยบริการ", "ออกหน่วยวันที่ 14/03/2568 ที่ตำบลโคกสี"),
            Circulars.Make("ที่ สธ ๐๔๑๑/ว ๖", new DateOnly(2025, 2, 2), "ตารางออกหน่วยบริการ", "ออกหน่วยวันที่ 15/03/2568 ที่ตำบลศิลา"),
        ]);

        foreach (var query in new[] { "14 มีนาคม 2568", "14/3/68", "2025-03-14" })
        {
            var hit = Assert.Single(index.Search(query).Hits);
            Assert.Equal("สธ0411/ว5", Thai.CircularRef.Parse(hit.Ref).Normalized);
            Assert.Contains("<mark>14/03/2568</mark>", hit.Snippet, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("31/2/2568")]
    [InlineData("ครั้งที่ 10/2567")]
    public void Numbers_that_are_no_real_date_stay_words(string query)
    {
        var plan = GeccPortal.Search.Querying.QueryPlan.Parse(query);

        Assert.Empty(plan.Dates);
        Assert.NotEmpty(plan.Words);
    }

    [Fact]
    public void A_date_alone_also_finds_a_letter_whose_text_writes_it_the_same_way_after_the_letters_of_that_day()
    {
        Assert.Equal(["มท0810.3/ว76", "มท0810.3/ว77"], _index.Refs("๗ มกราคม ๒๕๖๘"));
    }

    [Fact]
    public void Words_with_a_date_need_the_words_and_rank_the_letter_of_that_day_first()
    {
        Assert.Equal(["มท0810.3/ว76", "มท0810.3/ว77", "ศธ04009/ว76"], _index.Refs("ประชุม ลว. ๗ ม.ค. ๖๘"));
        Assert.Empty(_index.Refs("วัคซีน ๗ มกราคม ๒๕๖๘"));
    }

    [Theory]
    [InlineData("ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘", "มท0810.3/ว76")]
    [InlineData("ว 76 ลว. 5 มิ.ย. 67", "ศธ04009/ว76")]
    public void Part_of_a_ref_with_a_date_lists_every_match_the_letter_of_that_date_first(string query, string first)
    {
        var refs = _index.Refs(query);

        Assert.Equal(first, refs[0]);
        Assert.Equal(["มท0810.3/ว76", "ศธ04009/ว76"], refs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("หนังสือ ว 76 ลว. 5 มิ.ย. 67")]
    [InlineData("ตามหนังสือที่ ว 76 ลงวันที่ 5 มิถุนายน 2567")]
    public void A_circular_number_among_words_with_a_letters_date_puts_the_letter_of_that_date_first(string query)
    {
        Assert.Equal("ศธ04009/ว76", _index.Refs(query)[0]);
    }

    [Fact]
    public void A_date_that_may_be_a_deadline_ranks_a_letter_writing_it_with_the_words_above_a_letter_only_dated_that_day()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ ศธ ๐๔๐๐๖/ว ๑", new DateOnly(2024, 11, 4), "การเบิกจ่าย", "ขอให้เบิกจ่ายภายในวันที่ ๓๐ ธันวาคม ๒๕๖๗"),
            Circulars.Make("ที่ ศธ ๐๔๐๐๖/ว ๒", new DateOnly(2024, 12, 30), "เงินอุดหนุน", "การเบิกจ่ายเงินอุดหนุน ภายในสิ้นเดือน"),
        ]);

        Assert.Equal("ศธ04006/ว1", index.Refs("เบิกจ่ายภายในวันที่ 30 ธันวาคม 2567")[0]);
    }

    [Fact]
    public void Part_of_a_ref_after_the_words_hnangsue_thi_is_read_as_a_ref()
    {
        Assert.Equal(["มท0810.3/ว76", "ศธ04009/ว76"], _index.Refs("หนังสือที่ ว ๗๖").Order(StringComparer.Ordinal));
    }
}
