using System.Net;
using System.Text.Json;

namespace GeccPortal.SearchApi.Tests;

/// <summary>Whatever a user types: plain-text search, or a 400 problem for what cannot be served; never a 500.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.With(SampleCirculars.First);
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public BadInputTests()
    {
        _factory = new ApiFactory(_index.Directory);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _index.Dispose();
    }

    /// <summary>Query-string values, already percent-encoded as a browser would send them.</summary>
    public static TheoryData<string> TextThatIsSearchedAsTyped => new()
    {
        "%22%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93", // "งบประมาณ, quote never closed
        "%22%22%22",
        "*",
        "%E0%B8%87%E0%B8%9A*",
        "%3F%3F%3F",
        "%7E2",
        "title%3A%E0%B8%87%E0%B8%9A",
        "%5C",
        "%5C%22%5C",
        "AND+OR+NOT",
        "(((",
        "%5B1+TO+9%5D",
        "%2B-%21%26%26%7C%7C%5E%7B%7D",
        "%00%01%07%1B%5B31m%7F",
        "%E0%B8%87%E0%B8%9A%09%0D%0A%E0%B8%9B%E0%B8%A3%E0%B8%B0",
        "%FF%FE%C3%28",       // invalid UTF-8
        "%ED%A0%80",          // an encoded lone surrogate
        "%E0%B9%8C%E0%B9%8C%E0%B9%8C", // tone marks with no consonant
        "%F0%9F%98%80",       // emoji
        "%20%20%20",
    };

    [Theory]
    [MemberData(nameof(TextThatIsSearchedAsTyped))]
    public async Task Odd_text_is_searched_as_plain_text(string encoded)
    {
        var response = await _client.GetAsync("/api/search?q=" + encoded);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"q={encoded}: {(int)response.StatusCode} {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() >= 0);
    }

    [Theory]
    [MemberData(nameof(TextThatIsSearchedAsTyped))]
    public async Task Odd_text_in_suggest_and_lookup_never_fails(string encoded)
    {
        var suggest = await _client.GetAsync("/api/suggest?q=" + encoded);
        var lookup = await _client.GetAsync("/api/circulars/lookup?ref=" + encoded);

        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        Assert.Contains(lookup.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal("application/problem+json", lookup.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("q", 501)]
    [InlineData("q", 10_000)]
    [InlineData("agency", 10_000)]
    public async Task Text_over_the_cap_is_a_400_problem_naming_the_parameter(string parameter, int length)
    {
        var response = await _client.GetAsync($"/api/search?{parameter}={new string('ก', length)}");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Contains("500", problem.GetProperty("detail").GetString());
    }

    /// <summary>What a ref box may be sent: nothing, text that is no ref, a ref's digits run past any real one's, or a whole page of text.</summary>
    public static TheoryData<string> RefsThatAreNoRefs => new()
    {
        "",
        "%20%20%20",
        "%E0%B8%A7+76", // ว 76: a part of a ref is searched, not looked up
        "abc",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%E0%B8%A1%E0%B8%97+0810.3%2F%E0%B8%A7+12345678", // มท 0810.3/ว 12345678: eight digits
        "%E0%B8%A1%E0%B8%97+0810.3%2F%E0%B8%A7+" + new string('7', 600), // over the cap
    };

    [Theory]
    [MemberData(nameof(RefsThatAreNoRefs))]
    public async Task Lookup_of_a_ref_that_is_empty_garbage_or_huge_is_a_400_naming_ref(string encoded)
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + encoded);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ref", out _));
    }

    [Fact]
    public async Task A_ref_with_more_digits_than_any_real_one_is_a_404_offering_nothing()
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("มท 0810" + string.Concat(Enumerable.Repeat(".3", 60)) + "/ว 76"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, problem.GetProperty("didYouMean").GetArrayLength());
    }

    [Fact]
    public async Task Text_at_the_cap_is_searched()
    {
        var response = await _client.GetAsync($"/api/search?q={new string('ก', 500)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("size=101", "size")]
    [InlineData("size=0", "size")]
    [InlineData("size=-5", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=1001", "page")]
    [InlineData("sort=newest", "sort")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("to=%E0%B9%92%E0%B9%93+%E0%B8%9B%E0%B8%B5%E0%B9%83%E0%B8%AB%E0%B8%A1%E0%B9%88+2568", "to")] // ๒๓ ปีใหม่ 2568
    [InlineData("from=2025-03-31&to=2025-03-01", "to")]
    public async Task Values_that_cannot_be_served_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/search?q=x&" + query);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("size=1.5", "size")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("page=%E0%B9%92.%E0%B9%95", "page")] // ๒.๕: Thai digits are digits, but this is no whole number
    public async Task Numbers_that_are_not_whole_numbers_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/search?q=x&" + query);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("q=a&q=b", HttpStatusCode.OK)]
    [InlineData("q=a&page=1&page=2", HttpStatusCode.BadRequest)]
    [InlineData("q&page&size&sort", HttpStatusCode.OK)]
    [InlineData("q=a&page=&size=&sort=&from=&to=", HttpStatusCode.OK)]
    [InlineData("q=a&unknown=1", HttpStatusCode.OK)]
    public async Task Repeated_empty_and_unknown_parameters_never_fail(string query, HttpStatusCode expected)
    {
        var response = await _client.GetAsync("/api/search?" + query);

        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await ProblemAssert.IsProblem(response, expected);
        }
    }

    [Fact]
    public async Task A_long_date_is_not_echoed_back_whole()
    {
        var response = await _client.GetAsync($"/api/search?from={new string('9', 300)}");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain(new string('9', 300), problem.GetProperty("detail").GetString());
    }
}
