using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>site.yml's <c>searchApi</c>: a path from the site's root or an http(s) URL, else an error at its line.</summary>
public sealed class SearchApiSettingTests
{
    private static async Task<IReadOnlyList<string>> ProblemsWith(string searchApi)
    {
        using var site = new TestSite($"title: ทดสอบ\nbaseUrl: /\ndigits: thai\nsearchApi: {searchApi}\n");
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        return TestSite.Messages(await site.CheckAsync());
    }

    [Theory]
    [InlineData("api")]
    [InlineData("api/search")]
    [InlineData("ftp://example.go.th/api")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/api")]
    [InlineData("https://user@example.go.th/api")]
    [InlineData("/api?key=1")]
    [InlineData("https://example.go.th/api#x")]
    public async Task Anything_else_is_an_error_at_its_line(string searchApi)
    {
        Assert.Equal(
            [$"content/site.yml:4:1: error: searchApi '{searchApi}' must be a path from the site's root such as /api, or an http(s) URL such as https://search.example.go.th/api, with no query, fragment or user name"],
            await ProblemsWith(searchApi));
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/gecc/api/")]
    [InlineData("https://search.example.go.th/api")]
    [InlineData("http://localhost:5000/api")]
    public async Task A_root_path_or_an_http_url_is_accepted(string searchApi) => Assert.Empty(await ProblemsWith(searchApi));
}
