using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A query word typed without spaces that splits in two at a dictionary word: a topic and a place (ไฟป่าลำปาง) are
/// found anywhere in a letter, and two words the other way round a few words apart (มติคณะกรรมการ in คณะกรรมการ… มีมติ),
/// both ranked below the words written as typed. Single short words (ไฟ, คน, งบ) are never looked for on their own.
/// </summary>
public sealed class SplitWordTests : IDisposable
{
    private const string Together = "ลป0017.2/ว21";
    private const string Apart = "ลป0017.2/ว22";
    private const string ShortWordsApart = "ลป0017.2/ว23";
    private const string OtherOrder = "ลป0017.2/ว24";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๑", new DateOnly(2025, 1, 6), "แจ้งเตือน",
            "สถานการณ์ไฟป่าลำปางรุนแรงขึ้น ขอให้ทุกหน่วยเฝ้าระวัง"),
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๒", new DateOnly(2025, 1, 7), "มาตรการป้องกันไฟป่า",
            "ขอให้อำเภอทุกแห่งจัดชุดเฝ้าระวังและดับไฟป่า ประสานกับหน่วยงานในพื้นที่ให้ครอบคลุมทั้งจังหวัด " +
            "และรายงานผลให้ศาลากลางจังหวัดลำปางทราบภายในวันที่ ๓๑ มกราคม ๒๕๖๘"),
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๓", new DateOnly(2025, 1, 8), "การใช้ไฟฟ้า",
            "ให้ประหยัดไฟฟ้าในสำนักงาน และดูแลสวนป่าของจังหวัดลำปาง ส่วนคนงานให้ตรวจท้องถิ่นทุกแห่ง"),
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๔", new DateOnly(2025, 1, 9), "ผลการประชุม",
            "คณะกรรมการจังหวัดได้มีมติให้จัดงานประจำปี"),
    ]);

    [Fact]
    public void A_topic_and_a_place_typed_together_find_a_letter_holding_them_apart_ranked_below_them_together()
    {
        Assert.Equal([Together, Apart], _index.Refs("ไฟป่าลำปาง"));
        var hits = _index.Search("ไฟป่าลำปาง").Hits;
        Assert.True(hits[1].Score < hits[0].Score / 5, $"{hits[1].Score} against {hits[0].Score}");
        Assert.Contains("<mark>ไฟป่า</mark>", hits[1].Snippet);
    }

    [Fact]
    public void Halves_apart_are_looked_for_only_when_few_letters_hold_the_word_as_typed()
    {
        // As many letters with ไฟป่าลำปาง together as the searcher needs to leave the halves apart unsought: the letter
        // holding them apart (ว 22 of the corpus above) is no longer listed; one fewer, and it is, below them all.
        static TempIndex WithLettersTogether(int count) => new([
            .. Enumerable.Range(1, count).Select(number => Circulars.Make($"ที่ ลป ๐๐๑๘/ว {number}", new DateOnly(2025, 2, 1).AddDays(number),
                "แจ้งเตือน", $"สถานการณ์ไฟป่าลำปางครั้งที่ {number}")),
            Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๒๒", new DateOnly(2025, 1, 7), "มาตรการป้องกันไฟป่า",
                "ขอให้อำเภอทุกแห่งจัดชุดเฝ้าระวังและดับไฟป่า และรายงานผลให้ศาลากลางจังหวัดลำปางทราบ"),
        ]);

        using (var many = WithLettersTogether(CircularSearcher.SplitsUnder))
        {
            Assert.DoesNotContain(Apart, many.Refs("ไฟป่าลำปาง"));
            Assert.Equal(CircularSearcher.SplitsUnder, many.Search("ไฟป่าลำปาง").Total);
        }

        using var few = WithLettersTogether(CircularSearcher.SplitsUnder - 1);
        var found = few.Search("ไฟป่าลำปาง");
        Assert.Equal(CircularSearcher.SplitsUnder, found.Total);
        Assert.Equal(Apart, GeccPortal.Thai.CircularRef.Parse(found.Hits[^1].Ref).Normalized);
    }

    [Fact]
    public void Halves_are_marked_only_in_a_text_holding_both()
    {
        // ว 22's title has ไฟป่า without ลำปาง; its body has both.
        var hit = _index.Search("ไฟป่าลำปาง").Hits.Single(hit => hit.Ref.Contains("๒๒", StringComparison.Ordinal));
        Assert.Contains("body", hit.Matches);
        Assert.DoesNotContain("title", hit.Matches);
    }

    [Fact]
    public void A_spaced_query_is_not_widened()
    {
        // Each spaced word is one or two short dictionary words: nothing is split off; ว 23 has ไฟ, ป่า and ลำปาง apart.
        Assert.Equal([Together, Apart], _index.Refs("ไฟป่า ลำปาง").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(QueryPlan.Parse("ไฟป่า ลำปาง").Words.SelectMany(word => word.Splits), split => split.Scatters);
    }

    [Theory]
    [InlineData("ไฟป่า")]
    [InlineData("งานคน")]
    public void Short_single_words_are_not_looked_for_apart(string query)
    {
        Assert.DoesNotContain(ShortWordsApart, _index.ExactRefs(query));
    }

    [Fact]
    public void Two_words_written_the_other_way_round_a_few_words_apart_are_found()
    {
        Assert.Equal([OtherOrder], _index.Refs("มติคณะกรรมการ"));
    }

    [Fact]
    public void Two_words_the_other_way_round_right_after_each_other_are_another_word()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๓๑", new DateOnly(2025, 2, 3), "ประชุม", "ขอเชิญประชุมกรรมการมติ"),
        ]);

        // Two words: a glued word of three or more (มติคณะกรรมการ: มติ คณะ กรรมการ) is also looked for with its words
        // anywhere when nothing has them as typed (GluedWordsApartTests).
        Assert.Empty(index.ExactRefs("มติกรรมการ"));
    }

    [Fact]
    public void Splits_are_made_at_dictionary_words_and_only_substantial_halves_are_looked_for_anywhere()
    {
        var word = Assert.Single(QueryPlan.Parse("ไฟป่าเชียงใหม่").Words);
        var scattering = Assert.Single(word.Splits, split => split.Scatters);
        Assert.Equal(("ไฟป่า", "เชียงใหม่"), (scattering.First.Text, scattering.Second.Text));
        Assert.DoesNotContain(Assert.Single(QueryPlan.Parse("ประมาณงบ").Words).Splits, split => split.Scatters);
        Assert.Empty(Assert.Single(QueryPlan.Parse("e-GP").Words).Splits);
    }

    [Fact]
    public void The_words_of_a_long_pasted_query_are_not_split()
    {
        Assert.NotEmpty(QueryPlan.Parse("ไฟป่าเชียงใหม่ หมอกควัน รายงาน").Words[0].Splits);
        Assert.Empty(QueryPlan.Parse("ไฟป่าเชียงใหม่ หมอกควัน รายงาน ด่วน").Words[0].Splits);
    }

    public void Dispose() => _index.Dispose();
}
