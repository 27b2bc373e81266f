using GeccPortal.Search.Analysis;
using GeccPortal.Search.Querying;

using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Tests;

/// <summary>
/// <see cref="NearbyWords"/> analyses only the stretches of a text where the words may stand (a long attachment
/// is not segmented whole): what it finds there must be what the index found in the whole text.
/// </summary>
public sealed class NearbyWordsTests
{
    [Theory]
    [InlineData("dla-w76.txt")]
    [InlineData("moi-memo-w131122.txt")]
    [InlineData("nakhon-phanom-w274.txt")]
    public void Every_pair_of_words_with_others_between_in_a_real_letter_is_found_where_the_whole_text_has_it(string file)
    {
        var text = File.ReadAllText(Path.Combine("SeedLetters", file));
        var normalized = NormalizedText.Create(text);
        var tokens = WholeTextTokens(text);

        for (var i = 0; i + 3 < tokens.Count; i += 5)
        {
            // Words two and three apart: the second may lie past a line break, a space or a sign.
            foreach (var gap in new[] { 2, 3 })
            {
                var (first, second) = (tokens[i], tokens[i + gap]);
                var word = new QueryWord(first.Term + second.Term, [first.Term, second.Term], [], []);
                if (!NearbyWords.AppliesTo(word))
                {
                    continue;
                }

                var found = NearbyWords.Find(normalized, word);
                Assert.Contains((first.Start, first.End), found);
                Assert.Contains((second.Start, second.End), found);
            }
        }
    }

    [Fact]
    public void Words_in_the_other_order_or_too_far_apart_are_not_found()
    {
        var text = "ให้เร่งรัดการจ่ายเบี้ยยังชีพผู้สูงอายุ และเบี้ยประชุมของคณะกรรมการกองทุนหมู่บ้านทุกแห่งให้ผู้สูงอายุ";
        var found = NearbyWords.Find(NormalizedText.Create(text), QueryPlan.Parse("ผู้สูงอายุเบี้ยยังชีพ").Words[0]);

        Assert.Empty(found);
        Assert.Equal(2, NearbyWords.Find(NormalizedText.Create(text), QueryPlan.Parse("เบี้ยผู้สูงอายุ").Words[0])
            .Count(range => text[range.Start..range.End] == "เบี้ย" || text[range.Start..range.End] == "ผู้"));
    }

    [Fact]
    public void A_word_in_a_row_is_found_where_the_dictionary_reads_it_and_only_in_the_first_places_of_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("จังหวัดประกาศห้ามเผาในที่โล่งและควบคุมไฟป่า ", 500));
        var word = QueryPlan.Parse("ป่า").Words[0];

        var found = NearbyWords.FindInRow(NormalizedText.Create(text), word);

        Assert.All(found, range => Assert.Equal("ป่า", text[range.Start..range.End]));
        Assert.InRange(found.Count, 1, 20); // a syllable in a long attachment: enough to mark a snippet, not thousands
    }

    private static List<(string Term, int Start, int End)> WholeTextTokens(string text)
    {
        var tokens = new List<(string Term, int Start, int End)>();
        using var stream = new WordAnalyzer().GetTokenStream("all_w", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
