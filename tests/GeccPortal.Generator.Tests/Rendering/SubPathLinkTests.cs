using System.Text.RegularExpressions;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>A site published under a sub-path (<c>baseUrl: https://example.go.th/gecc/</c>) links within it.</summary>
public sealed partial class SubPathLinkTests : IDisposable
{
    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: https://example.go.th/gecc\ndigits: arabic\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Every_internal_link_starts_with_the_base_path_and_resolves_to_a_file()
    {
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง",
                "enclosures:\n  - title: แบบฟอร์ม\n    file: แบบฟอร์ม ๑.pdf\n  - title: สอง\n    ref: มท 0810.3/ว 77")
            .With("content/circulars/a/แบบฟอร์ม ๑.pdf", "%PDF")
            .WithCircular("content/circulars/b.md", "มท 0810.3/ว 77", "2025-01-08", "สอง",
                body: "ดู[หนังสือหนึ่ง](/circulars/a/) และ[หน้าเดิม](/gecc/circulars/a/)")
            .With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nข้อความ [หน้าแรก](/) [เว็บอื่น](//example.org/x)\n");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var pages = new[] { "index.html", "circulars/a/index.html", "circulars/b/index.html", "about/index.html" };
        var links = pages.SelectMany(p => Href().Matches(_site.ReadOutput(p)).Select(m => m.Groups[1].Value))
            .Where(href => !href.StartsWith("http", StringComparison.Ordinal) && !href.StartsWith("mailto:", StringComparison.Ordinal)
                && !href.StartsWith('#') && !href.StartsWith("//", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains("/gecc/circulars/b/", links);
        // Links editors write from the site's root in a body or page are moved under the base path, once.
        Assert.Contains("href=\"/gecc/circulars/a/\">หนังสือหนึ่ง", _site.ReadOutput("circulars/b/index.html"));
        Assert.Contains("href=\"/gecc/circulars/a/\">หน้าเดิม", _site.ReadOutput("circulars/b/index.html"));
        Assert.Contains("href=\"/gecc/\">หน้าแรก", _site.ReadOutput("about/index.html"));
        Assert.Contains("href=\"//example.org/x\">เว็บอื่น", _site.ReadOutput("about/index.html"));
        // The menu marks the page it is on.
        Assert.Contains("href=\"/gecc/about/\" aria-current=\"page\">เกี่ยวกับ", _site.ReadOutput("about/index.html"));
        Assert.DoesNotContain("aria-current=\"page\">เกี่ยวกับ", _site.ReadOutput("index.html"));
        Assert.Contains("/gecc/assets/site.css", links);
        Assert.All(links, href => Assert.StartsWith("/gecc/", href));
        Assert.All(links, href =>
        {
            var relative = Uri.UnescapeDataString(href["/gecc/".Length..]);
            var path = Path.Combine(_site.OutputDirectory, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
            Assert.True(File.Exists(path), $"{href} does not resolve to a file of the site");
        });
    }

    [Fact]
    public async Task Arabic_digits_setting_prints_dates_and_refs_in_arabic_digits()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "๗ มกราคม ๒๕๖๘", "หนึ่ง");
        Assert.True((await _site.BuildAsync()).Succeeded);
        var page = _site.ReadOutput("circulars/a/index.html");
        Assert.Contains("ที่ มท 0810.3/ว 76", page);
        Assert.Contains("7 มกราคม 2568", page);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();
}
