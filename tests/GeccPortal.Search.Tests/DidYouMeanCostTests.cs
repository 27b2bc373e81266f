using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;
using GeccPortal.Search.Suggesting;
using GeccPortal.Search.Tests.Support;
using GeccPortal.Thai;

using Lucene.Net.Index;
using Lucene.Net.Search;

using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace GeccPortal.Search.Tests;

/// <summary>
/// "Did you mean" over 10,000 letters of one office, numbered 1 to 2,000 in each of five years: every neighbour of a
/// typed ref exists, the worst case for what it reads. What it looks up depends on the ref typed, not on the letters.
/// </summary>
public sealed class DidYouMeanCostTests(DidYouMeanCostTests.Indexes indexes) : IClassFixture<DidYouMeanCostTests.Indexes>
{
    private const int PerYear = 2_000;
    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025];

    /// <summary>Written once for the class: the 10,000 letters, and two of the same office.</summary>
    public sealed class Indexes : IDisposable
    {
        public string Large { get; } = Path.Combine(Path.GetTempPath(), "gecc-didyoumean-" + Guid.NewGuid().ToString("N"));

        public string Small { get; } = Path.Combine(Path.GetTempPath(), "gecc-didyoumean-" + Guid.NewGuid().ToString("N"));

        public Indexes()
        {
            CircularIndex.Write(Large, Years.SelectMany(year => Enumerable.Range(1, PerYear).Select(number => Letter(year, number))));
            CircularIndex.Write(Small, [Letter(2025, 76), Letter(2024, 5)]);
        }

        public void Dispose()
        {
            Directory.Delete(Large, recursive: true);
            Directory.Delete(Small, recursive: true);
        }
    }

    // Running numbers rise through the year, as a register's do.
    private static SearchDocument Letter(int year, int number)
    {
        var date = new DateOnly(year, 1, 1).AddDays(number * 364 / PerYear);
        return Circulars.Make($"มท 0810.3/ว {number}", date, $"หนังสือเวียนที่ {number}", "แจ้งเพื่อทราบ") with
        {
            Url = $"circulars/{year}/{number}/",
        };
    }

    private static RefSuggestions Suggest(string indexDirectory, string typed)
    {
        using var directory = FSDirectory.Open(CircularIndex.ResolveCurrent(indexDirectory)!);
        using var reader = DirectoryReader.Open(directory);
        return new RefSuggester(new IndexSearcher(reader)).Suggest(CircularRef.Parse(typed));
    }

    [Theory]
    [InlineData("มท 0810.3/ว 67")]
    [InlineData("มท 0810.3/ว 2999")]
    [InlineData("มท 0801.3/ว 76")]
    public void Ten_thousand_letters_cost_the_same_lookups_as_two_and_offer_a_handful(string typed)
    {
        var large = Suggest(indexes.Large, typed);
        var small = Suggest(indexes.Small, typed);

        Assert.Equal(small.KeysProbed, large.KeysProbed);
        Assert.InRange(large.KeysProbed, 1, RefNeighbours.MaxKeys(agencyCodes: 1));
        // Only the letters carrying a neighbour are ranked: five years of each, not the 10,000.
        Assert.InRange(large.LettersRanked, 1, large.KeysProbed * Years.Length);
        Assert.Equal(RefSuggester.MaxSuggestions, large.Suggestions.Count);
    }

    [Fact]
    public void Among_thousands_of_near_letters_the_swap_comes_first_newest_year_first()
    {
        var offered = Suggest(indexes.Large, "มท 0810.3/ว 67").Suggestions;

        Assert.Equal(["circulars/2025/76/", "circulars/2024/76/", "circulars/2023/76/", "circulars/2022/76/", "circulars/2021/76/"],
            offered.Select(s => s.Url));
    }
}
