using GeccPortal.Search.Querying;

namespace GeccPortal.Search.Tests;

/// <summary>The table of abbreviations, colloquial words and loanword spellings (<c>WordAlternatives.tsv</c>) as shipped.</summary>
public sealed class WordAlternativesTableTests
{
    public static TheoryData<string, string> EverySpelling()
    {
        var data = new TheoryData<string, string>();
        // Once each: what letters write (QR Code) is in a row for each way the public types it.
        foreach (var (kind, written) in WordAlternatives.Rows.SelectMany(row => row.Spellings.Select(spelling => (row.Kind.ToString(), spelling.Written))).Distinct())
        {
            data.Add(kind, written);
        }

        return data;
    }

    [Fact]
    public void The_embedded_table_holds_the_abbreviations_and_words_it_is_meant_to()
    {
        Assert.True(WordAlternatives.Rows.Count(row => row.Kind == AlternativeKind.Abbreviation) >= 30);
        Assert.Contains(WordAlternatives.Rows, row => row.Kind == AlternativeKind.Colloquial);
        Assert.Contains(WordAlternatives.Rows, row => row.Kind == AlternativeKind.Variant);
        Assert.All(WordAlternatives.Rows, row => Assert.True(row.Spellings.Count >= 2));
    }

    [Fact]
    public void Every_everyday_name_of_a_province_is_a_colloquial_row_of_the_name_letters_write()
    {
        Assert.All(GeccPortal.Thai.ThaiProvinces.ShortNames, name => Assert.Contains(WordAlternatives.Rows, row =>
            row.Kind == AlternativeKind.Colloquial && row.Spellings[0].Written == name.Key && row.Spellings[1].Written == name.Value));
    }

    [Theory]
    [MemberData(nameof(EverySpelling))]
    public void Every_spelling_read_as_a_query_word_finds_the_other_spellings_of_its_rows_a_colloquial_word_the_official_ones_only(string kind, string written)
    {
        var plan = QueryPlan.Parse(written);
        plan = plan.AsWords() ?? plan; // นพ. alone reads as an agency code first; searched as words when no ref matches
        if (WordAlternatives.Rows.Where(row => row.Spellings.Any(spelling => spelling.Written == written)).All(row => row.IsOneWay && row.Spellings[0].Written != written))
        {
            // Only what letters write (QR Code): never looked up, so it may be two words.
            Assert.NotEmpty(plan.Words);
            return;
        }

        var word = Assert.Single(plan.Words);
        var key = WordAlternatives.KeyOf(written);
        // A colloquial (or narrower) word finds the official (or wider) ones, not the other way round.
        var others = WordAlternatives.Rows.Where(row => row.IsOneWay
                ? row.Spellings[0].Written == written
                : row.Spellings.Any(spelling => spelling.Written == written))
            .SelectMany(row => row.Spellings).Where(spelling => spelling.Key != key)
            // Two letters without an inner dot (นพ., ผอ.) are not looked for alone: they are agency codes and syllables too.
            .Where(other => !other.IsAbbreviation || other.Key.Length > 2 || other.Written.TrimEnd('.').Contains('.'))
            .ToList();

        foreach (var other in others)
        {
            Assert.Contains(word.Alternatives, alternative => WordAlternatives.KeyOf(alternative.Text) == other.Key);
        }

        Assert.NotEmpty(kind);
    }

    [Theory]
    [MemberData(nameof(EverySpelling))]
    public void An_abbreviation_is_expanded_typed_without_its_dots_unless_its_letters_are_a_word(string kind, string written)
    {
        if (!written.EndsWith('.'))
        {
            return; // not an abbreviation
        }

        var dotless = written.Replace(".", "", StringComparison.Ordinal);
        var plan = QueryPlan.Parse(dotless);
        var word = Assert.Single((plan.AsWords() ?? plan).Words);
        Assert.Equal(kind != nameof(AlternativeKind.DottedAbbreviation), word.Alternatives.Count > 0);
    }

    [Theory]
    [InlineData("ค่าจ้าง")]
    [InlineData("หญิงตั้งครรภ์")]
    public void An_official_word_gets_no_colloquial_alternatives(string query)
    {
        Assert.Empty(Assert.Single(QueryPlan.Parse(query).Words).Alternatives);
    }

    [Theory]
    [InlineData("abbreviation\tครม.\tคณะรัฐมนตรี", 1)]
    [InlineData("# comment\n\nvariant\tอีเมล\tอีเมล์\r\ncolloquial\tค่าแรง\tค่าจ้าง", 2)]
    public void Rows_are_read_from_tab_separated_lines(string table, int rows)
    {
        Assert.Equal(rows, WordAlternatives.Parse(table).Count);
    }

    [Theory]
    [InlineData("abbrev\tครม.\tคณะรัฐมนตรี", "WordAlternatives.tsv:1: unknown kind")]
    [InlineData("# c\nabbreviation\tครม.", "WordAlternatives.tsv:2:")]
    [InlineData("abbreviation\tครม.\t", "WordAlternatives.tsv:1:")]
    [InlineData("abbreviation\tครม\tคณะรัฐมนตรี", "with its dots")]
    public void A_bad_row_is_refused_with_its_line(string table, string message)
    {
        var error = Assert.Throws<FormatException>(() => WordAlternatives.Parse(table));
        Assert.Contains(message, error.Message);
    }
}
