using GeccPortal.Search.Analysis;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests.Analysis;

/// <summary>Token streams of the char filter, the bigram tokenizer and both analyzers.</summary>
public sealed class AnalyzerTests
{
    private readonly WordAnalyzer _words = new();
    private readonly GramAnalyzer _grams = new(joinThaiAcrossSpace: true);

    [Fact]
    public void The_char_filter_normalises_and_corrects_offsets()
    {
        using var filter = new ThaiNormalizingCharFilter(new StringReader("ประจํา ๒๕๖๘"));
        Assert.Equal("ประจำ 2568", filter.ReadToEnd());
        Assert.Equal(7, filter.CorrectOffset(6)); // "2568" starts one character later in the original
    }

    [Fact]
    public void The_char_filter_reads_by_char_by_block_and_to_the_end_alike()
    {
        using var filter = new ThaiNormalizingCharFilter(new StringReader("ประจํา ๒๕๖๘"));
        Assert.Equal('ป', filter.Read());
        var block = new char[4];
        Assert.Equal(4, filter.Read(block, 0, 4));
        Assert.Equal("ระจำ", new string(block));
        Assert.Equal(" 2568", filter.ReadToEnd());
        Assert.Equal("", filter.ReadToEnd());
        Assert.Equal(-1, filter.Read());
    }

    [Fact]
    public void Reading_a_short_field_whole_costs_no_large_buffers()
    {
        // TextReader's own ReadToEnd took 16 KB of buffers per field: most of what an index write allocated.
        using var warm = new ThaiNormalizingCharFilter(new StringReader("สำนักงาน ก.พ."));
        warm.ReadToEnd();
        using var filter = new ThaiNormalizingCharFilter(new StringReader("สำนักงาน ก.พ."));
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal("สำนักงาน ก.พ.", filter.ReadToEnd());
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 2048);
    }

    [Fact]
    public void Words_keep_thai_stop_words()
    {
        Assert.Equal(["ส่วน", "ที่", "สี่"], TokenAssert.Terms(_words, "ส่วนที่สี่"));
        Assert.Contains("การ", TokenAssert.Terms(_words, "การให้บริการ"));
    }

    [Fact]
    public void Words_see_repaired_text_with_original_offsets()
    {
        var tokens = TokenAssert.Tokens(_words, "นายกองคํการบริหาร");
        Assert.Equal(TokenAssert.Terms(_words, "นายกองค์การบริหาร"), tokens.Select(t => t.Term));
        Assert.Equal("นายกองคํการบริหาร".Length, tokens[^1].End);
    }

    [Theory]
    [InlineData("จ.ส.อ.สมชาย ใจดี", new[] { "จ.ส.อ", "สมชาย", "ใจดี" })]
    [InlineData("ดร.สมใจ", new[] { "ดร", "สมใจ" })]
    [InlineData("ร.ต.ท.สมศักดิ์", new[] { "ร.ต.ท", "สม", "ศักดิ์" })]
    [InlineData("พ.ศ. 2568", new[] { "พ.ศ", "2568" })]
    [InlineData("ก.พ.ร.", new[] { "ก.พ.ร" })]
    public void Words_end_an_abbreviation_at_its_last_dot(string text, string[] expected)
    {
        Assert.Equal(expected, TokenAssert.Terms(_words, text));
    }

    [Fact]
    public void Words_after_an_abbreviation_keep_their_offsets()
    {
        var name = TokenAssert.Tokens(_words, "จ.ส.อ.สมชาย")[^1];
        Assert.Equal(("สมชาย", 6, 11), (name.Term, name.Start, name.End));
    }

    [Fact]
    public void Words_fold_digits_so_numbers_match_in_either_system()
    {
        Assert.Equal(TokenAssert.Terms(_words, "28 กุมภาพันธ์ 2568 1,250"), TokenAssert.Terms(_words, "๒๘ กุมภาพันธ์ ๒๕๖๘ ๑,๒๕๐"));
    }

    [Fact]
    public void Grams_are_unit_bigrams_one_position_apart()
    {
        var tokens = TokenAssert.Tokens(_grams, "งบประมาณ");
        Assert.Equal(["งบ", "บป", "ประ", "ระมา", "มาณ"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
        Assert.Equal((0, 2), (tokens[0].Start, tokens[0].End));
        Assert.Equal((5, 8), (tokens[^1].Start, tokens[^1].End)); // มา + ณ
    }

    [Fact]
    public void Grams_leave_a_gap_between_runs_and_emit_a_lone_unit()
    {
        var tokens = TokenAssert.Tokens(_grams, "ว 76.");
        Assert.Equal(["ว", "76", "=76"], tokens.Select(t => t.Term));
        Assert.Equal(UnitBigramTokenizer.RunGap, tokens[1].PositionIncrement);
    }

    [Fact]
    public void A_latin_or_digit_run_also_has_its_whole_run_term_at_its_first_position()
    {
        var tokens = TokenAssert.Tokens(_grams, "ระบบ e-bidding โทร 0 5311 6400");
        var whole = tokens.Where(t => WholeRunTerm.Is(t.Term)).ToList();
        Assert.Equal(["=ebidding", "=053116400"], whole.Select(t => t.Term));
        Assert.All(whole, t => Assert.Equal(0, t.PositionIncrement));
        Assert.Equal(("eb", 5), (tokens[tokens.IndexOf(whole[0]) - 1].Term, whole[0].Start));
        Assert.Equal(14, whole[0].End);
    }

    [Fact]
    public void Thai_runs_have_no_whole_run_term()
    {
        Assert.DoesNotContain(TokenAssert.Terms(_grams, "ปกครอง ก.ค. กค"), WholeRunTerm.Is);
    }

    [Fact]
    public void A_run_too_long_for_a_query_word_has_no_whole_run_term()
    {
        Assert.Contains("=" + new string('7', WholeRunTerm.MaxUnits), TokenAssert.Terms(_grams, new string('7', WholeRunTerm.MaxUnits)));
        Assert.DoesNotContain(TokenAssert.Terms(_grams, new string('7', WholeRunTerm.MaxUnits + 1)), WholeRunTerm.Is);
    }

    [Fact]
    public void Grams_of_numbers_ignore_spacing_and_digit_system()
    {
        Assert.Equal(TokenAssert.Terms(_grams, "042515720"), TokenAssert.Terms(_grams, "๐ ๔๒๕๑ ๕๗๒๐"));
        Assert.Equal(TokenAssert.Terms(_grams, "1250"), TokenAssert.Terms(_grams, "๑,๒๕๐"));
    }

    [Fact]
    public void Index_grams_bridge_a_hard_wrapped_line()
    {
        var terms = TokenAssert.Terms(_grams, "สำนักงานปลัด\nสำนักนายกรัฐมนตรี");
        Assert.Contains("ดสำ", terms);
        Assert.DoesNotContain("ดสำ", TokenAssert.Terms(new GramAnalyzer(joinThaiAcrossSpace: false), "ปลัด สำนัก"));
    }
}
