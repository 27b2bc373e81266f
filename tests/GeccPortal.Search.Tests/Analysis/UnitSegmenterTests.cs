using GeccPortal.Search.Analysis;

namespace GeccPortal.Search.Tests.Analysis;

/// <summary>Character clusters are never split; runs join what belongs together.</summary>
public sealed class UnitSegmenterTests
{
    private static List<string> Units(string text, bool join = true) =>
        UnitSegmenter.Segment(text, join).Select(u => text[u.Start..u.End]).ToList();

    private static List<int> Runs(string text, bool join) =>
        UnitSegmenter.Segment(text, join).Select(u => u.Run).ToList();

    [Theory]
    [InlineData("เรียน", new[] { "เรี", "ย", "น" })] // a leading vowel goes with its consonant
    [InlineData("ประจำ", new[] { "ป", "ระ", "จำ" })] // sara a and sara am follow their consonant
    [InlineData("น้ำ", new[] { "น้ำ" })] // tone mark and sara am in one cluster
    [InlineData("ที่สี่", new[] { "ที่", "สี่" })]
    [InlineData("องค์การ", new[] { "อ", "ง", "ค์", "กา", "ร" })]
    [InlineData("เกาะ", new[] { "เกาะ" })]
    [InlineData("ฯลฯ", new[] { "ฯ", "ล", "ฯ" })]
    public void Thai_clusters_keep_a_consonant_with_its_vowels_and_marks(string text, string[] expected)
    {
        Assert.Equal(expected, Units(text));
    }

    [Fact]
    public void Latin_letters_and_digits_are_one_unit_each()
    {
        Assert.Equal(["g", "e", "c", "c", "2", "5"], Units("gecc 25"));
    }

    [Fact]
    public void Digits_join_across_one_space_comma_dot_or_hyphen_but_not_more()
    {
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0], Runs("0 4251 5720", join: false));
        Assert.Equal([0, 0, 0, 0], Runs("1,250", join: false));
        Assert.Equal([0, 1], Runs("1  2", join: false));
        Assert.Equal([0, 1], Runs("1/2", join: false));
    }

    [Fact]
    public void Latin_letters_join_across_one_hyphen_so_a_hyphenated_word_is_its_joined_form()
    {
        Assert.Equal([0, 0, 0], Runs("e-gp", join: false));
        Assert.Equal([0, 0, 0], Runs("e\u2011gp", join: false)); // non-breaking hyphen
        Assert.Equal([0, 0, 1, 1], Runs("ab--cd", join: false));
        Assert.Equal([0, 1], Runs("e - g", join: false));
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], Runs("covid-19", join: false)); // letters and digits stay apart
        Assert.Equal([0, 0], Runs("1-2", join: false)); // digits as before
    }

    [Fact]
    public void Thai_joins_across_spaces_only_when_indexing()
    {
        Assert.Equal([0, 0, 0, 0], Runs("ปลัด\nสำนัก", join: true).Take(4));
        Assert.Equal(1, Runs("ปลัด\nสำนัก", join: false)[^1]);
        Assert.Equal(1, Runs("ปลัด.สำนัก", join: true)[^1]);
    }

    [Fact]
    public void The_dots_of_an_abbreviation_hold_its_letters_in_one_run_but_a_dot_after_a_word_ends_it()
    {
        Assert.Equal([0, 0], Runs("พ.ศ.", join: false));
        Assert.Equal([0, 0, 0], Runs("ศ.ดร.", join: false));
        Assert.Equal([0, 0, 0, 0, 0, 0], Runs("ประมาณ พ.ศ.", join: true));
        Assert.Equal([0, 0, 0, 0, 1, 1], Runs("ประมาณ พ.ศ.", join: false));
        Assert.Equal([0, 0, 0, 1, 1, 1], Runs("ปลัด.สำนัก", join: false));
    }

    [Theory]
    [InlineData("จ.ส.อ.สมชาย", new[] { 0, 0, 0, 1, 1, 1, 1 })] // a rank, then a name
    [InlineData("ผศ.ดร.สมใจ", new[] { 0, 0, 0, 0, 1, 1, 1 })]
    [InlineData("นพ.ชัย", new[] { 0, 0, 1, 1 })] // a short name is a name: no dot follows it
    [InlineData("อ.นาแก", new[] { 0, 1, 1 })]
    [InlineData("ก.พ.ร.", new[] { 0, 0, 0 })]
    [InlineData("เม.ย.", new[] { 0, 0 })]
    [InlineData("พ.ศ 2568", new[] { 0, 0, 1, 1, 1, 1 })] // the last dot left out: one bare letter still belongs
    public void The_last_dot_of_an_abbreviation_ends_it_before_a_word(string text, int[] expected)
    {
        Assert.Equal(expected, Runs(text, join: false));
        Assert.Equal(expected, Runs(text, join: true));
    }

    [Fact]
    public void Punctuation_and_symbols_are_no_units()
    {
        Assert.Empty(Units("*?~:\\\"()[]฿"));
    }
}
