using System.Diagnostics;
using System.Xml.Linq;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Browsing;

/// <summary>feed.xml, the agency feeds and sitemap.xml, validated with xmllint against the schemas in tests/.</summary>
public sealed class FeedAndSitemapTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: https://example.go.th/gecc/\ndigits: thai\n");

    public void Dispose() => _site.Dispose();

    private string Output(string path) => Path.Combine(_site.OutputDirectory, path);

    private TestSite ThreeCirculars() => _site
        .WithCircular("content/circulars/old.md", "มท ๐๘๑๐.๓/ว ๑", "2024-09-30", "เก่า & <เดิม>")
        .WithCircular("content/circulars/new.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-07", "ใหม่", "urgency: ด่วน")
        .WithCircular("content/circulars/np.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2024-12-01", "ของจังหวัด");

    [Fact]
    public async Task Site_feed_is_valid_atom_newest_first_with_full_urls_under_the_sub_path()
    {
        ThreeCirculars();
        Assert.True((await _site.BuildAsync()).Succeeded);

        Xmllint.AssertValid(Output("feed.xml"), "--relaxng", "atom.rng");
        var feed = XDocument.Load(Output("feed.xml")).Root!;
        // Each entry's title carries its reference number: forwarded letters share their subject.
        Assert.Equal(["ใหม่ (ที่ มท ๐๘๑๐.๓/ว ๒)", "ของจังหวัด (ที่ นพ ๐๐๒๓.๓/ว ๒๗๔)", "เก่า & <เดิม> (ที่ มท ๐๘๑๐.๓/ว ๑)"], feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!));
        Assert.Equal("https://example.go.th/gecc/circulars/new/", feed.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("https://example.go.th/gecc/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("2025-01-07T00:00:00+07:00", (string?)feed.Element(Atom + "updated"));
        // No plain pages: the menu holds only the list of every circular; the favicon is written and linked.
        Assert.Equal(["/gecc/circulars/"], new HtmlPage(_site.ReadOutput("index.html")).Document.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains("href=\"/gecc/assets/favicon.svg\"", _site.ReadOutput("index.html"));
        Assert.True(_site.OutputExists("assets/favicon.svg"));
    }

    [Fact]
    public async Task Each_agency_has_its_own_valid_feed_with_only_its_circulars()
    {
        ThreeCirculars();
        Assert.True((await _site.BuildAsync()).Succeeded);

        foreach (var (code, titles) in new[] { ("มท", new[] { "ใหม่ (ที่ มท ๐๘๑๐.๓/ว ๒)", "เก่า & <เดิม> (ที่ มท ๐๘๑๐.๓/ว ๑)" }), ("นพ", new[] { "ของจังหวัด (ที่ นพ ๐๐๒๓.๓/ว ๒๗๔)" }) })
        {
            var path = Output($"agencies/{code}/feed.xml");
            Xmllint.AssertValid(path, "--relaxng", "atom.rng");
            var feed = XDocument.Load(path).Root!;
            Assert.Equal(titles, feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!));
            Assert.Equal($"https://example.go.th/gecc/agencies/{Uri.EscapeDataString(code)}/feed.xml",
                feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        }
    }

    [Fact]
    public async Task Sitemap_is_valid_and_lists_every_page_with_full_urls()
    {
        ThreeCirculars();
        Assert.True((await _site.BuildAsync()).Succeeded);

        Xmllint.AssertValid(Output("sitemap.xml"), "--schema", "sitemap.xsd");
        var locations = XDocument.Load(Output("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(folder => folder == "." ? "" : string.Join('/', folder.Split('/').Select(Uri.EscapeDataString)) + "/")
            .Select(relative => "https://example.go.th/gecc/" + relative)
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, locations.Order(StringComparer.Ordinal));
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: https://example.go.th/gecc/sitemap.xml\n", _site.ReadOutput("robots.txt"));
    }

    [Fact]
    public async Task Lastmod_is_the_file_time_outside_git()
    {
        ThreeCirculars();
        File.SetLastWriteTimeUtc(Path.Combine(_site.ContentDirectory, "circulars", "old.md"), new DateTime(2025, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        Assert.True((await _site.BuildAsync()).Succeeded);

        Assert.Equal("2025-02-03T04:05:06Z", LastModified("https://example.go.th/gecc/circulars/old/"));
    }

    [Fact]
    public async Task Lastmod_is_the_last_commit_in_a_git_checkout_and_the_file_time_once_edited()
    {
        ThreeCirculars();
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
        // Files written after the commit: a clone's checkout time must not count.
        File.SetLastWriteTimeUtc(Path.Combine(_site.ContentDirectory, "circulars", "old.md"), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(_site.ContentDirectory, "circulars", "np.md"), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        _site.WithCircular("content/circulars/np.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2024-12-01", "ของจังหวัด (แก้)");
        File.SetLastWriteTimeUtc(Path.Combine(_site.ContentDirectory, "circulars", "np.md"), new DateTime(2026, 2, 2, 2, 2, 2, DateTimeKind.Utc));
        Assert.True((await _site.BuildAsync()).Succeeded);

        Assert.Equal("2024-03-04T05:06:07Z", LastModified("https://example.go.th/gecc/circulars/old/"));
        Assert.Equal("2026-02-02T02:02:02Z", LastModified("https://example.go.th/gecc/circulars/np/"));
        // A listing page changed when its newest member did.
        Assert.Equal("2026-02-02T02:02:02Z", LastModified("https://example.go.th/gecc/agencies/" + Uri.EscapeDataString("นพ") + "/"));
    }

    private string LastModified(string location) =>
        (string)XDocument.Load(Output("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Single(u => (string?)u.Element(Sitemap + "loc") == location).Element(Sitemap + "lastmod")!;

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.ContentDirectory, RedirectStandardError = true };
        start.Environment["GIT_COMMITTER_DATE"] = "2024-03-04T05:06:07Z";
        start.Environment["GIT_AUTHOR_DATE"] = "2024-03-04T05:06:07Z";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
    }
}
