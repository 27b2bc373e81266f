using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Whatever is typed is plain text: query syntax, control characters and huge input never throw.</summary>
public sealed class HostileQueryTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TempIndex _index = fixture.Index;

    [Theory]
    [InlineData("\"วัคซีน")]
    [InlineData("วัคซีน\"")]
    [InlineData("วัคซีน*")]
    [InlineData("วัค?ซีน")]
    [InlineData("วัคซีน~")]
    [InlineData("วัคซีน:")]
    [InlineData(":วัคซีน")]
    [InlineData("วัคซีน\\")]
    [InlineData("(วัคซีน")]
    [InlineData("\u0000วัคซีน\u0007\u001B")]
    [InlineData("+วัคซีน -")]
    public void Query_syntax_is_read_as_plain_text(string query)
    {
        var response = _index.Search(query);
        Assert.Contains("สธ0228.07.2/ว484", response.Hits.Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
    }

    [Fact]
    public void Operators_are_words_that_must_be_found_like_any_other()
    {
        Assert.Empty(_index.ExactRefs("วัคซีน AND NOT"));
        Assert.Empty(_index.ExactRefs("title:วัคซีน"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData(":")]
    [InlineData("~")]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData("/")]
    [InlineData("ที่")]
    public void Queries_with_nothing_searchable_do_not_throw(string query)
    {
        var response = _index.Search(query);
        Assert.True(response.Total >= 0);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("😀")]
    [InlineData("* ? :")]
    public void A_query_of_only_punctuation_or_symbols_finds_nothing(string query)
    {
        Assert.Equal(0, _index.Search(query).Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    public void An_empty_or_blank_query_lists_every_circular(string query)
    {
        Assert.Equal(_index.Search("").Total, _index.Search(query).Total);
        Assert.True(_index.Search(query).Total > 1);
    }

    [Fact]
    public void A_ten_thousand_character_query_does_not_throw()
    {
        var words = string.Join(" ", Enumerable.Range(0, 2000).Select(i => "วัคซีน" + i));
        var query = (words + new string('ก', 10_000))[..10_000];
        var response = _index.Search(query);
        Assert.Empty(response.Hits);
        Assert.Empty(_index.Search(new string('ๆ', 10_000)).Hits);
        Assert.Empty(_index.Searcher.Suggest(new string('ว', 10_000)));
    }

    [Fact]
    public void Unpaired_surrogates_and_private_use_do_not_throw()
    {
        Assert.Single(_index.Search("\uD800วัคซีน\uDC00").Hits);
        Assert.Empty(_index.Searcher.Suggest("\uD800"));
        Assert.Null(_index.Searcher.Lookup("\uDC00"));
    }
}
