using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>A required key written as a list or a mapping is one error (its shape), not also "missing".</summary>
public sealed class MisshapenRequiredKeyTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("ref", "[มท ๐๘๑๐.๓/ว ๗๖]")]
    [InlineData("ref", "\n  - มท ๐๘๑๐.๓/ว ๗๖")]
    [InlineData("date", "[2025-01-07]")]
    [InlineData("title", "{ th: เรื่อง }")]
    public async Task A_list_or_mapping_is_one_error_at_its_key(string key, string value)
    {
        var lines = new Dictionary<string, string> { ["ref"] = "มท ๐๘๑๐.๓/ว ๗๖", ["date"] = "2025-01-07", ["title"] = "เรื่อง" };
        lines[key] = value;
        _site.With(Path, $"---\nref: {lines["ref"]}\ndate: {lines["date"]}\ntitle: {lines["title"]}\n---\nเนื้อความ\n");
        var line = key switch { "ref" => 2, "date" => 3, _ => 4 };

        Assert.Equal(
            [$"{Path}:{line}:1: error: '{key}' must be a single value, not a list or a mapping"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_key_left_out_is_still_missing()
    {
        _site.With(Path, "---\nref: [มท ๐๘๑๐.๓/ว ๗๖]\ndate: 2025-01-07\n---\nเนื้อความ\n");

        Assert.Equal(
            [$"{Path}:2:1: error: '{"ref"}' must be a single value, not a list or a mapping", $"{Path}:2:1: error: missing required key 'title'"],
            TestSite.Messages(await _site.CheckAsync()));
    }
}
