using GeccPortal.Search.Analysis;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests.Analysis;

/// <summary>
/// Where an abbreviation's dots end it and where they hold it together, in the word view (ICU words) and the
/// gram view (runs of units): longer initialisms (ครม., อปท.), a part of several letters (ส.อบต.), and ณ after
/// a dotted unit.
/// </summary>
public sealed class AbbreviationDotsTests
{
    private readonly WordAnalyzer _words = new();
    private readonly GramAnalyzer _grams = new(joinThaiAcrossSpace: false);

    [Theory]
    [InlineData("ครม.เมื่อ", new[] { "ครม", "เมื่อ" })]
    [InlineData("กทม.ได้", new[] { "กทม", "ได้" })]
    [InlineData("สพฐ.แจ้ง", new[] { "สพฐ", "แจ้ง" })]
    [InlineData("อปท.ทุกแห่ง", new[] { "อปท", "ทุก", "แห่ง" })]
    [InlineData("สปสช.กำหนด", new[] { "สปสช", "กำหนด" })]
    public void A_word_after_an_initialism_of_three_or_more_letters_is_a_word_of_its_own(string text, string[] expected)
    {
        Assert.Equal(expected, TokenAssert.Terms(_words, text));
    }

    [Theory]
    [InlineData("ส.อบต.", new[] { "ส.อบต" })]
    [InlineData("ส.อบต.บ้านนา", new[] { "ส.อบต", "บ้านนา" })]
    [InlineData("ผอ.รพ.สต.", new[] { "ผอ.รพ.สต" })]
    [InlineData("รมว.มท.", new[] { "รมว.มท" })]
    public void An_abbreviation_with_a_part_of_several_letters_stays_one_word(string text, string[] expected)
    {
        Assert.Equal(expected, TokenAssert.Terms(_words, text));
    }

    [Fact]
    public void Grams_keep_a_part_of_several_letters_apart_from_the_letter_before()
    {
        // Joined, ส.อบต. would be the bigrams สอ อบ บต, found inside สอบตก (failed an exam).
        var tokens = TokenAssert.Tokens(_grams, "ส.อบต.");
        Assert.Equal(["ส", "อบ", "บต"], tokens.Select(t => t.Term));
        Assert.Equal(UnitBigramTokenizer.RunGap, tokens[1].PositionIncrement);
    }

    [Theory]
    [InlineData("เวลา ๐๙.๐๐ น.ณ ห้องประชุม")]
    [InlineData("เวลา 09.00 น.ณ ห้องประชุม")]
    [InlineData("เวลา ๐๙.๐๐ น.ณห้องประชุม")]
    public void Na_after_a_dotted_unit_is_the_word_na(string text)
    {
        var terms = TokenAssert.Terms(_words, text);
        Assert.Contains("ณ", terms);
        Assert.Contains("ห้อง", terms);
        Assert.DoesNotContain(terms, t => t.Contains("น.ณ", StringComparison.Ordinal));
        Assert.DoesNotContain(TokenAssert.Terms(_grams, text), t => t == "นณ");
    }

    [Fact]
    public void A_bare_last_letter_still_ends_an_abbreviation_typed_without_its_last_dot()
    {
        Assert.Equal(["พ.ศ", "2568"], TokenAssert.Terms(_words, "พ.ศ 2568"));
    }

    [Theory]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖", new[] { "ที่", "มท", "0810.3", "ว", "76" })]
    [InlineData("มท 0810.3/ว76", new[] { "มท", "0810.3", "ว76" })]
    [InlineData("เวลา ๐๙.๓๐ น.", new[] { "เวลา", "09.30", "น" })]
    [InlineData("พ.ศ.๒๕๖๘", new[] { "พ.ศ", "2568" })]
    [InlineData("ครม.๒๕๖๘", new[] { "ครม", "2568" })]
    public void Numbers_after_dots_keep_their_tokens(string text, string[] expected)
    {
        Assert.Equal(expected, TokenAssert.Terms(_words, text));
    }
}
