using System.Text.Json;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

public sealed class CatalogTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Catalog_lists_every_published_circular_with_its_fields()
    {
        _site.WithCircular("content/circulars/memo/index.md", "มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒", "๒๕ ธันวาคม ๒๕๖๗", "บันทึก",
                "type: internal\nenclosures:\n  - title: แบบตอบรับ\n    file: form.pdf")
            .With("content/circulars/memo/form.pdf", "%PDF-1.4 test")
            .WithCircular("content/circulars/dla.md", "มท 0810.3/ว 76", "2025-01-07", "หนังสือกรม",
                "urgency: ด่วนที่สุด\nenclosures:\n  - title: สำเนาบันทึก\n    ref: มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒\n    date: 2024-12-25")
            .WithCircular("content/circulars/draft.md", "มท ๐๒๑๘.๑/ว ๙", "2025-02-01", "ร่าง", "draft: true");

        Assert.True((await _site.BuildAsync()).Succeeded);
        using var catalog = JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        var circulars = catalog.RootElement.GetProperty("circulars").EnumerateArray().ToList();

        Assert.Equal(2, circulars.Count);
        var dla = circulars[0];
        Assert.Equal("มท 0810.3/ว 76", dla.GetProperty("ref").GetString());
        Assert.Equal("มท0810.3/ว76", dla.GetProperty("normalizedRef").GetString());
        Assert.Equal("2025-01-07", dla.GetProperty("date").GetString());
        Assert.Equal(2568, dla.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("หนังสือกรม", dla.GetProperty("title").GetString());
        Assert.Equal("external", dla.GetProperty("type").GetString());
        Assert.Equal("ด่วนที่สุด", dla.GetProperty("urgency").GetString());
        Assert.Equal("มท", dla.GetProperty("agency").GetString());
        Assert.Equal("กระทรวงมหาดไทย", dla.GetProperty("agencyName").GetString());
        Assert.Equal("/circulars/dla/", dla.GetProperty("url").GetString());
        var enclosed = Assert.Single(dla.GetProperty("enclosures").EnumerateArray().ToList());
        Assert.Equal("มท0218.1/ว131122", enclosed.GetProperty("normalizedRef").GetString());
        Assert.Equal("/circulars/memo/", enclosed.GetProperty("url").GetString());

        var memo = circulars[1];
        Assert.Equal("2024-12-25", memo.GetProperty("date").GetString());
        Assert.Equal(2568, memo.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, memo.GetProperty("urgency").ValueKind);
        var file = Assert.Single(memo.GetProperty("enclosures").EnumerateArray().ToList());
        Assert.Equal("/circulars/memo/form.pdf", file.GetProperty("file").GetString());
        Assert.Equal(13, file.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Catalog_of_an_empty_site_is_an_empty_list()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        using var catalog = JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        Assert.Equal(0, catalog.RootElement.GetProperty("circulars").GetArrayLength());
    }
}
