using System.Net;
using System.Text.Json;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The routes and JSON shapes the site depends on, through the in-memory host over a real index.</summary>
public sealed class SearchEndpointTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.With(SampleCirculars.First);
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public SearchEndpointTests()
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

    [Fact]
    public async Task Search_answers_with_every_field_the_site_reads()
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString("ไข้เลือดออก"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(
            ["query", "total", "page", "size", "hits", "facets", "tookMs", "approximate", "didYouMean", "suggestedQuery"],
            body.EnumerateObject().Select(property => property.Name));
        Assert.False(body.GetProperty("approximate").GetBoolean());
        Assert.Equal(0, body.GetProperty("didYouMean").GetArrayLength());
        Assert.Equal("ไข้เลือดออก", body.GetProperty("query").GetString());
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(10, body.GetProperty("size").GetInt32());
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        var hit = body.GetProperty("hits")[0];
        Assert.Equal(
            ["ref", "title", "date", "url", "agency", "type", "urgency", "snippet", "matches", "score"],
            hit.EnumerateObject().Select(property => property.Name));
        Assert.Equal(SampleCirculars.Dengue.Ref, hit.GetProperty("ref").GetString());
        Assert.Equal("2025-03-14", hit.GetProperty("date").GetString());
        Assert.Equal("circulars/dengue-meeting/", hit.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("matches").ValueKind);
        Assert.Equal(
            ["agency", "year", "type", "urgency"],
            body.GetProperty("facets").EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Words_with_a_slip_answer_the_nearest_letters_flagged_approximate()
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString("ไข้เลือดอก"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("approximate").GetBoolean());
        Assert.Equal(SampleCirculars.Dengue.Ref, body.GetProperty("hits")[0].GetProperty("ref").GetString());
    }

    [Fact]
    public async Task An_order_number_no_letter_writes_answers_none_not_the_nearest_letters()
    {
        // The words with a slip would find the dengue letter approximately; the number names a letter it is not.
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString("ไข้เลือดอก 99/2568"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.False(body.GetProperty("approximate").GetBoolean());
        Assert.Equal(0, body.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("28 มี.ค. 68", "<mark>๒๘ มีนาคม ๒๕๖๘</mark>")]
    [InlineData("ป้องกันไข้เลือดออก", "<mark>ป้องกัน</mark>และควบคุมโรค<mark>ไข้เลือดออก</mark>")]
    public async Task A_hit_found_by_a_written_date_or_nearby_words_names_the_body_and_marks_them(string query, string marked)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hit = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits")
            .EnumerateArray().Single(hit => hit.GetProperty("url").GetString() == "circulars/dengue-meeting/");
        Assert.Contains("body", hit.GetProperty("matches").EnumerateArray().Select(match => match.GetString()));
        Assert.Contains(marked, hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Search_pages_and_sorts_as_asked()
    {
        var response = await _client.GetAsync("/api/search?q=&page=2&size=1&sort=date");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, body.GetProperty("page").GetInt32());
        Assert.Equal(1, body.GetProperty("size").GetInt32());
        Assert.True(body.GetProperty("hits").GetArrayLength() <= 1);
    }

    [Theory]
    [InlineData("fiscalYear=2568", new[] { "dengue-meeting", "service-centre", "school-repairs" })]
    [InlineData("fiscalYear=๒๕๖๘", new[] { "dengue-meeting", "service-centre", "school-repairs" })]
    [InlineData("fiscalYear=2567", new string[0])]
    [InlineData("fiscalYear=2569", new string[0])]
    [InlineData("fiscalYear=2568&from=2025-01-01", new[] { "dengue-meeting", "service-centre" })]
    [InlineData("fiscalYear=2568&to=2024-12-31", new[] { "school-repairs" })]
    public async Task Search_filters_by_Buddhist_Era_fiscal_year_from_1_October_to_30_September(string filter, string[] slugs)
    {
        var response = await _client.GetAsync($"/api/search?sort=date&{filter}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits");
        Assert.Equal(slugs.Select(slug => $"circulars/{slug}/"), hits.EnumerateArray().Select(hit => hit.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("agency=มท", "agency=มท.")]
    [InlineData("agency=มท", "agency=ม ท")]
    [InlineData("type=external", "type=External")]
    [InlineData("type=external", "type=หนังสือภายนอก")]
    [InlineData("urgency=ด่วนที่สุด", "urgency=ด่วน ที่สุด")]
    public async Task A_filter_typed_with_a_dot_a_space_or_capitals_filters_as_typed_plainly(string plain, string typed)
    {
        async Task<string[]> Urls(string filter)
        {
            var body = await _client.GetStringAsync("/api/search?sort=date&" + string.Join('&', filter.Split('&').Select(p => p[..(p.IndexOf('=') + 1)] + Uri.EscapeDataString(p[(p.IndexOf('=') + 1)..]))));
            return [.. JsonDocument.Parse(body).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!)];
        }

        var expected = await Urls(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Urls(typed));
    }

    [Theory]
    [InlineData("type", "letter")]
    [InlineData("type", "หนังสือ")]
    [InlineData("urgency", "urgent")]
    [InlineData("urgency", "ด่วนด่วน")]
    public async Task A_type_or_urgency_outside_its_list_is_a_400_naming_the_value_and_the_list(string name, string value)
    {
        var response = await _client.GetAsync($"/api/search?{name}={Uri.EscapeDataString(value)}");

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty(name)[0].GetString()!;
        Assert.Contains(value, text);
        Assert.Contains(name == "type" ? "external, internal, order, announcement, directive" : "ด่วนที่สุด, ด่วนมาก, ด่วน", text);
    }

    [Theory]
    [InlineData("MOI")]
    [InlineData("0810.3")]
    [InlineData("มท1")]
    [InlineData("กระทรวงมหาดไทย")]
    public async Task An_agency_that_is_not_shaped_like_an_agency_code_is_a_400_naming_it(string value)
    {
        var response = await _client.GetAsync("/api/search?agency=" + Uri.EscapeDataString(value));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("agency")[0].GetString()!;
        Assert.Contains(value, text);
        Assert.Contains("Thai letters", text);
    }

    [Fact]
    public async Task An_agency_code_no_letter_carries_finds_nothing_rather_than_an_error()
    {
        var response = await _client.GetAsync("/api/search?agency=" + Uri.EscapeDataString("ฮฮ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("68")]
    [InlineData("2025.5")]
    public async Task A_fiscal_year_that_is_not_a_BE_year_is_a_400_naming_it(string value)
    {
        var response = await _client.GetAsync("/api/search?fiscalYear=" + Uri.EscapeDataString(value));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("fiscalYear", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("2025-03-01", "2025-03-31")]
    [InlineData("2568-03-01", "2568-03-31")]
    [InlineData("๑ มีนาคม ๒๕๖๘", "๓๑ มี.ค. ๒๕๖๘")]
    public async Task Search_accepts_CE_and_Buddhist_Era_dates(string from, string to)
    {
        var response = await _client.GetAsync(
            $"/api/search?q={Uri.EscapeDataString("ประชุม")}&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits");
        Assert.All(hits.EnumerateArray(), hit => Assert.StartsWith("2025-03-", hit.GetProperty("date").GetString()));
    }

    [Theory]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖")]
    [InlineData("มท0810.3/ว76")]
    [InlineData("มท 0810.3/76")]
    [InlineData("มท 08103/ว 76")]
    public async Task Lookup_finds_a_circular_by_reference_in_any_spelling(string reference)
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString(reference));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("มท0810.3/ว76", body.GetProperty("normalizedRef").GetString());
        Assert.Equal(SampleCirculars.ServiceCentre.Title, body.GetProperty("title").GetString());
        Assert.Equal("circulars/service-centre/", body.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Lookup_of_an_unknown_reference_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("มท 0810.3/ว 9999"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("มท 0810.3/ว 9999", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("มท 0810.3/ว 67")] // two digits swapped
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗")] // a digit left out
    [InlineData("มท 0801.3/ว 76")]
    [InlineData("ทม 0810.3/ว 76")]
    public async Task Lookup_of_a_ref_one_edit_from_a_letters_is_a_404_that_offers_that_letter(string reference)
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString(reference));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        var suggestion = Assert.Single(problem.GetProperty("didYouMean").EnumerateArray());
        Assert.Equal(["ref", "normalizedRef", "title", "date", "url", "agency"], suggestion.EnumerateObject().Select(property => property.Name));
        Assert.Equal(SampleCirculars.ServiceCentre.Ref, suggestion.GetProperty("ref").GetString());
        Assert.Equal(SampleCirculars.ServiceCentre.Title, suggestion.GetProperty("title").GetString());
        Assert.Equal("2025-01-07", suggestion.GetProperty("date").GetString());
        Assert.Equal("circulars/service-centre/", suggestion.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Lookup_of_a_ref_far_from_every_letters_offers_nothing()
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("มท 0810.3/ว 9999"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, problem.GetProperty("didYouMean").GetArrayLength());
    }

    [Fact]
    public async Task A_search_for_a_ref_no_letter_has_offers_the_near_letter_apart_from_its_hits()
    {
        var body = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("สธ 0211.4/ว 132"))).RootElement;

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        var suggestion = Assert.Single(body.GetProperty("didYouMean").EnumerateArray());
        Assert.Equal("circulars/dengue-meeting/", suggestion.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Lookup_of_text_that_is_no_reference_is_a_400_saying_so()
    {
        var response = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("ไข้เลือดออก 76"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("not a whole reference number", problem.GetProperty("errors").GetProperty("ref")[0].GetString());
    }

    [Fact]
    public async Task Lookup_of_an_orders_number_under_its_heading_that_no_letter_has_is_a_404_and_its_number_alone_a_400()
    {
        var unknown = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘"));
        var problem = await ProblemAssert.IsProblem(unknown, HttpStatusCode.NotFound);
        Assert.Equal(0, problem.GetProperty("didYouMean").GetArrayLength());

        // A number and year alone names no issuer: every body has its own ๑๒๓/๒๕๖๘.
        var alone = await _client.GetAsync("/api/circulars/lookup?ref=" + Uri.EscapeDataString("123/2568"));
        await ProblemAssert.IsProblem(alone, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Lookup_without_a_reference_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/circulars/lookup");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ref", out _));
    }

    [Fact]
    public async Task Suggest_answers_with_an_array_of_completions()
    {
        var response = await _client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString("มท 0810"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.All(body.EnumerateArray(), suggestion =>
            Assert.Equal(["text", "kind", "url"], suggestion.EnumerateObject().Select(property => property.Name)));
    }

    [Fact]
    public async Task Suggest_caps_the_number_of_completions()
    {
        var response = await _client.GetAsync("/api/suggest?q=a&max=21");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("max", out _));
    }

    [Fact]
    public async Task OpenApi_document_describes_every_route_with_examples()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths");
        foreach (var route in new[] { "/api/search", "/api/circulars/lookup", "/api/suggest" })
        {
            var get = paths.GetProperty(route).GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()));
            Assert.All(get.GetProperty("parameters").EnumerateArray(), parameter =>
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()));
                Assert.True(parameter.TryGetProperty("example", out _), $"{route} {parameter.GetProperty("name")} has no example");
            });
        }

        var page = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(parameter => parameter.GetProperty("name").GetString() == "page");
        Assert.Equal("integer", page.GetProperty("schema").GetProperty("type").GetString());
        var searchResponses = paths.GetProperty("/api/search").GetProperty("get").GetProperty("responses");
        Assert.Equal(["200", "400", "429", "503"], searchResponses.EnumerateObject().Select(r => r.Name).Order());
        Assert.True(paths.GetProperty("/api/circulars/lookup").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    [Fact]
    public async Task OpenApi_document_describes_did_you_mean_on_a_lookups_404_and_on_search()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;

        var schemas = document.GetProperty("components").GetProperty("schemas");
        JsonElement Schema(JsonElement reference) => schemas.GetProperty(reference.GetProperty("$ref").GetString()!.Split('/')[^1]);
        var notFound = Responses(document, "/api/circulars/lookup").GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
        var found = Responses(document, "/api/search").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        foreach (var schema in new[] { Schema(notFound), Schema(found) })
        {
            var didYouMean = schema.GetProperty("properties").GetProperty("didYouMean");
            Assert.Equal("array", didYouMean.GetProperty("type").GetString());
            Assert.Contains("one edit", didYouMean.GetProperty("description").GetString());
            Assert.Equal(
                ["ref", "normalizedRef", "title", "date", "url", "agency"],
                Schema(didYouMean.GetProperty("items")).GetProperty("properties").EnumerateObject().Select(property => property.Name));
        }

        static JsonElement Responses(JsonElement document, string route) =>
            document.GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("responses");
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        var html = await _client.GetStringAsync("/scalar/");

        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Contains("GECC Portal search API", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_and_readiness_pass_over_a_published_index()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        var ready = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        // The generation is named, the server's folders are not.
        var description = report.GetProperty("checks").EnumerateObject().Single().Value.GetProperty("description").GetString();
        Assert.StartsWith("serving gen-", description);
        Assert.DoesNotContain('/', description!);
    }

    [Fact]
    public async Task Unknown_routes_are_a_404_problem()
    {
        await ProblemAssert.IsProblem(await _client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }
}
