using System.Text;
using System.Text.Json;

using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Content;
using GeccPortal.Generator.Content.Caching;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Tests.Support;
using GeccPortal.Generator.Validation;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>
/// A rebuild takes an unchanged file's checked and modelled circular from the source cache (<see cref="CheckedSnapshot"/>)
/// instead of checking and repairing it again: it must give what the checks and the model give, be dropped when the file or
/// anything it depends on changes, and never hide a problem, of the file itself or across files.
/// </summary>
public sealed class CheckedSnapshotTests : IDisposable
{
    private readonly TestSite _site = new();

    public CheckedSnapshotTests()
    {
        // a is cited by b; c stands alone, tagged, with an addressee and title whose texts the model repairs (องคํการ).
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-09", "เรื่องที่อ้าง",
                "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-07\n  - title: พระราชบัญญัติ\n"
                + "enclosures:\n  - title: สำเนาหนังสือ\n    ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-07\n  - title: แบบสำรวจ")
            .WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "ประชุมองคํการบริหารส่วนจังหวัด",
                "urgency: ด่วน\nissuer: |-\n  ศาลากลางจังหวัดนครพนม\n  ถนน\nto: นายกองคํการบริหารส่วนจังหวัดนครพนม\ntags: [อื่น, งบ]\n"
                + "signer:\n  name: นายสมชาย ใจดี\n  position: ผู้ว่าราชการจังหวัด\ncontact:\n  unit: กลุ่มงาน\n  phone: ๐ ๔๒๕๑ ๑๒๓๔\n  email: a@example.go.th")
            // A slug of its own, and a bundle's (its folder's name); an order, an urgency spelt with a space.
            .WithCircular("content/circulars/k.md", "นพ ๐๐๒๓.๓/ว ๒๗๕", "2023-05-06", "ตั้งชื่อเอง", "slug: named-k\ntype: order\nurgency: ด่วน ที่สุด")
            .With("content/circulars/bundle/index.md", TestSite.CircularText("นพ ๐๐๒๓.๓/ว ๒๗๖", "2023-05-07", "เป็นโฟลเดอร์"));
    }

    public void Dispose() => _site.Dispose();

    private string CacheFile => CacheFiles.For(_site.OutputDirectory).Sources;

    /// <summary>What a build's load stage gives from the cache as the last build left it (the cache is not saved again).</summary>
    private LoadedContent LoadFromCache() =>
        ContentLoader.Load(_site.ContentDirectory, new DiagnosticBag(), SourceCache.Open(CacheFile), saveCache: false);

    private static bool FromSnapshot(LoadedContent content, string name) =>
        content.SnapshotsUsable && content.Circulars.Single(c => c.DisplayPath.EndsWith(name, StringComparison.Ordinal)).Snapshot is not null;

    private async Task BuildCleanlyAsync()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));
    }

    /// <summary>The checked circulars and the site model as one text each: every value the later stages read.</summary>
    private static (string Checked, string Model) Describe(LoadedContent loaded)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentValidator.Validate(loaded, diagnostics)!;
        Assert.Empty(diagnostics.Items);
        var site = SiteModelBuilder.Build(content, new MarkdownConverter());
        var checkedText = JsonSerializer.Serialize(content.Circulars.Select(c => new
        {
            c.Source.DisplayPath,
            Ref = c.Ref?.Normalized,
            RefParts = c.Ref is { } r ? new { r.Agency, r.Committee, r.Office, r.IsCircular, r.Number, r.Heading } : null,
            c.RefText,
            c.Date,
            c.Title,
            c.Type,
            c.Urgency,
            c.Slug,
            c.Draft,
            Enclosures = c.Enclosures.Select(e => new { e.Location, e.Title, e.FilePath, e.RefText, Ref = e.Ref?.Normalized, e.Date, e.FileLocation }),
            References = c.References.Select(e => new { e.Location, e.Title, e.RefText, Ref = e.Ref?.Normalized, e.Date }),
        }));
        var modelText = JsonSerializer.Serialize(site.Circulars.Select(c => new
        {
            Ref = c.Ref?.Normalized,
            c.RefText,
            c.Date,
            c.Title,
            c.Type,
            c.Urgency,
            c.Issuer,
            c.To,
            c.Signer,
            c.Contact,
            c.Tags,
            c.Slug,
            c.AgencyCode,
            c.AgencyName,
            c.Stamp,
            c.SourcePath,
            c.Body.Html,
            References = c.References.Select(x => new { x.RefText, Ref = x.Ref?.Normalized, x.Date, x.Title, Target = x.Target?.Slug }),
            Enclosures = c.Enclosures.Select(x => new { x.Title, File = x.File?.FileName, x.RefText, Ref = x.Ref?.Normalized, x.Date, Target = x.Target?.Slug }),
            CitedBy = c.CitedBy.Select(x => x.Slug),
        }));
        return (checkedText, modelText);
    }

    [Fact]
    public async Task An_unchanged_file_comes_from_its_snapshot_and_gives_exactly_what_the_checks_and_the_model_give()
    {
        await BuildCleanlyAsync();

        var cached = LoadFromCache();
        Assert.True(cached.SnapshotsUsable);
        Assert.All(cached.Circulars, c => Assert.NotNull(c.Snapshot));

        var fresh = ContentLoader.Load(_site.ContentDirectory, new DiagnosticBag());
        Assert.All(fresh.Circulars, c => Assert.Null(c.Snapshot));
        Assert.Equal(Describe(fresh), Describe(cached));
    }

    [Fact]
    public async Task The_seed_letters_from_their_snapshots_equal_the_checked_and_modelled_ones()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            _site.With(relative, File.ReadAllBytes(file));
        }

        await BuildCleanlyAsync();

        var cached = LoadFromCache();
        Assert.Contains(cached.Circulars, c => c.Snapshot is not null);
        Assert.Equal(Describe(ContentLoader.Load(_site.ContentDirectory, new DiagnosticBag())), Describe(cached));
    }

    [Fact]
    public async Task A_changed_file_is_checked_again_and_the_others_keep_their_snapshots()
    {
        await BuildCleanlyAsync();
        await Task.Delay(20);
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ต้นเรื่อง (แก้ไข)");

        var loaded = LoadFromCache();
        Assert.False(FromSnapshot(loaded, "a.md"));
        Assert.True(FromSnapshot(loaded, "b.md"));
        Assert.True(FromSnapshot(loaded, "c.md"));

        await BuildCleanlyAsync();
        Assert.True(FromSnapshot(LoadFromCache(), "a.md"));
        Assert.Contains("ต้นเรื่อง (แก้ไข)", _site.ReadOutput("circulars/a/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/agencies.yml", TestSite.DefaultAgenciesYml + "บก: จังหวัดบึงกาฬ\n")]
    [InlineData("content/site.yml", "title: ทดสอบอีกชื่อ\nbaseUrl: /\ndigits: thai\nsearchApi: /api\n")]
    public async Task Every_snapshot_is_dropped_when_a_settings_file_changes_and_made_again_by_that_build(string file, string text)
    {
        await BuildCleanlyAsync();
        Assert.True(LoadFromCache().SnapshotsUsable);
        await Task.Delay(20);
        _site.With(file, text);

        Assert.False(LoadFromCache().SnapshotsUsable);

        await BuildCleanlyAsync();
        var again = LoadFromCache();
        Assert.True(again.SnapshotsUsable);
        Assert.All(again.Circulars, c => Assert.NotNull(c.Snapshot));
    }

    [Fact]
    public async Task A_new_agency_name_reaches_an_unchanged_letter_filed_under_it()
    {
        await BuildCleanlyAsync();
        await Task.Delay(20);
        _site.With("content/agencies.yml", "มท: กระทรวงมหาดไทย (ชื่อใหม่)\nนพ: จังหวัดนครพนม\n");

        await BuildCleanlyAsync();

        Assert.Contains("กระทรวงมหาดไทย (ชื่อใหม่)", _site.ReadOutput("circulars/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_of_another_schema_or_generator_build_gives_no_snapshots()
    {
        await BuildCleanlyAsync();
        Assert.True(LoadFromCache().SnapshotsUsable);

        // The file's first string names its format (the cache's schema), the second the generator build.
        var bytes = File.ReadAllBytes(CacheFile);
        var header = Encoding.UTF8.GetBytes("gecc-sources-");
        var at = bytes.AsSpan().IndexOf(header);
        Assert.True(at >= 0);
        bytes[at + header.Length] = (byte)'0';
        File.WriteAllBytes(CacheFile, bytes);

        var loaded = LoadFromCache();
        Assert.False(loaded.SnapshotsUsable);
        Assert.All(loaded.Circulars, c => Assert.Null(c.Snapshot));

        var generator = Encoding.UTF8.GetBytes(ContentStamp.Generator);
        await BuildCleanlyAsync();
        bytes = File.ReadAllBytes(CacheFile);
        at = bytes.AsSpan().IndexOf(generator);
        Assert.True(at >= 0);
        bytes[at] = (byte)(bytes[at] == (byte)'0' ? '1' : '0');
        File.WriteAllBytes(CacheFile, bytes);
        Assert.All(LoadFromCache().Circulars, c => Assert.Null(c.Snapshot));
    }

    [Fact]
    public async Task Warnings_across_files_are_given_again_when_the_file_they_stand_in_did_not_change()
    {
        // d cites a letter no file is, and a with another date; e shares c's spelling of a tag in another case.
        _site.WithCircular("content/circulars/d.md", "มท ๐๘๑๐.๓/ว ๔", "2025-02-03", "อ้างที่ไม่มี",
                "references:\n  - ref: มท ๐๘๑๐.๓/ว ๙๙\n    date: 2025-01-01\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-08")
            .WithCircular("content/circulars/e.md", "นพ ๐๐๒๓.๓/ว ๓๐๐", "2022-05-05", "แท็ก", "tags: [GECC]")
            .WithCircular("content/circulars/f.md", "นพ ๐๐๒๓.๓/ว ๓๐๑", "2023-06-05", "แท็ก", "tags: [gecc]");
        var first = TestSite.Messages(await _site.BuildAsync());
        Assert.Contains(first, m => m.Contains("d.md", StringComparison.Ordinal) && m.Contains("matches no published circular", StringComparison.Ordinal));
        Assert.Contains(first, m => m.Contains("d.md", StringComparison.Ordinal) && m.Contains("links to the circular dated", StringComparison.Ordinal));
        Assert.Contains(first, m => m.Contains("e.md", StringComparison.Ordinal) && m.Contains("shares one listing", StringComparison.Ordinal));

        // Those files are clean on their own, so they are kept; a change elsewhere rebuilds, and they are not checked again.
        await Task.Delay(20);
        _site.WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "อีกเรื่อง (แก้ไข)");
        var loaded = LoadFromCache();
        Assert.True(FromSnapshot(loaded, "d.md"));
        Assert.True(FromSnapshot(loaded, "e.md"));

        var second = await _site.BuildAsync();
        Assert.True(second.Succeeded);
        Assert.Equal(first, TestSite.Messages(second));
    }

    [Fact]
    public async Task An_error_across_files_is_given_by_every_build_when_an_unchanged_file_takes_part()
    {
        await BuildCleanlyAsync();
        await Task.Delay(20);

        // g repeats a's ref in a's year: a comes from its snapshot, g is new.
        _site.WithCircular("content/circulars/g.md", "มท ๐๘๑๐.๓/ว ๑", "2025-03-01", "ซ้ำ");
        Assert.True(FromSnapshot(LoadFromCache(), "a.md"));
        var first = await _site.BuildAsync();
        Assert.False(first.Succeeded);
        Assert.Contains(TestSite.Messages(first), m => m.Contains("g.md", StringComparison.Ordinal) && m.Contains("duplicate ref", StringComparison.Ordinal));

        var second = await _site.BuildAsync();
        Assert.Equal(TestSite.Messages(first), TestSite.Messages(second));

        await Task.Delay(20);
        _site.WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", "อีกเรื่อง (แก้ไข)");
        var third = await _site.BuildAsync();
        Assert.Equal(TestSite.Messages(first), TestSite.Messages(third));
    }

    [Fact]
    public async Task A_file_with_a_warning_of_its_own_is_never_kept_and_warns_on_every_build()
    {
        // A date far ahead of today, and a letter citing its own ref: both warnings of the file's own checks.
        _site.WithCircular("content/circulars/h.md", "มท ๐๘๑๐.๓/ว ๕", DateOnly.FromDateTime(DateTime.Now).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "ล่วงหน้า")
            .WithCircular("content/circulars/i.md", "มท ๐๘๑๐.๓/ว ๖", "2025-01-10", "อ้างตัวเอง", "references:\n  - ref: มท ๐๘๑๐.๓/ว ๖");
        var first = TestSite.Messages(await _site.BuildAsync());
        Assert.Contains(first, m => m.Contains("h.md", StringComparison.Ordinal) && m.Contains("after today", StringComparison.Ordinal));
        Assert.Contains(first, m => m.Contains("i.md", StringComparison.Ordinal) && m.Contains("own ref", StringComparison.Ordinal));

        var loaded = LoadFromCache();
        Assert.False(FromSnapshot(loaded, "h.md"));
        Assert.False(FromSnapshot(loaded, "i.md"));
        Assert.True(FromSnapshot(loaded, "a.md"));

        for (var round = 0; round < 2; round++)
        {
            await Task.Delay(20);
            _site.WithCircular("content/circulars/c.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2023-05-05", $"อีกเรื่อง {round}");
            Assert.Equal(first, TestSite.Messages(await _site.BuildAsync()));
        }
    }

    [Fact]
    public async Task A_letter_with_an_attached_file_is_checked_on_every_build()
    {
        _site.With("content/circulars/j/index.md", TestSite.CircularText("มท ๐๘๑๐.๓/ว ๗", "2025-01-11", "มีไฟล์",
                "enclosures:\n  - title: แบบฟอร์ม\n    file: form.pdf"))
            .With("content/circulars/j/form.pdf", "%PDF-1.4\n");
        await BuildCleanlyAsync();
        Assert.False(FromSnapshot(LoadFromCache(), "j/index.md"));

        // The file it names is gone: the letter did not change, but its check must now fail.
        await Task.Delay(20);
        File.Delete(Path.Combine(_site.ContentDirectory, "circulars/j/form.pdf"));
        var result = await _site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Messages(result), m => m.Contains("form.pdf", StringComparison.Ordinal) && m.Contains("not found", StringComparison.Ordinal));
    }
}
