using System.Text.Json;

using GeccPortal.Generator.Content;
using GeccPortal.Generator.Content.Caching;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>The source cache gives back exactly what parsing gave, and never hides a file's change or its problems.</summary>
public sealed class SourceCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gecc-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string CacheFile => Path.Combine(_folder, "sources.bin");

    [Fact]
    public void The_seed_letters_read_from_the_cache_equal_the_parsed_ones_value_for_value_and_location_for_location()
    {
        var content = Path.Combine(RepositoryRoot.Path, "content");
        var parsed = ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));
        Assert.True(File.Exists(CacheFile));

        var cached = ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));

        Assert.Equal(3, parsed.Circulars.Count);
        Assert.Equal(parsed.Circulars.Count, cached.Circulars.Count);
        foreach (var (first, second) in parsed.Circulars.Zip(cached.Circulars))
        {
            Assert.Equal(JsonSerializer.Serialize(first.FrontMatter), JsonSerializer.Serialize(second.FrontMatter));
            Assert.Equal(first.Stamp, second.Stamp);
            Assert.Equal(first.Body, second.Body);
            Assert.NotEmpty(first.FrontMatter.Enclosures.Concat<object>(first.FrontMatter.References));
        }
    }

    [Fact]
    public async Task A_changed_file_is_parsed_again_and_a_file_with_a_problem_is_reported_on_every_build()
    {
        using var site = new TestSite();
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ชื่อเดิม")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-08", "มีคีย์แปลก", "titel: สะกดผิด");
        var first = await site.BuildAsync();
        var problems = TestSite.Messages(first);
        Assert.Contains(problems, m => m.Contains("b.md", StringComparison.Ordinal) && m.Contains("titel", StringComparison.Ordinal));

        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "ชื่อใหม่ที่ยาวขึ้น");
        var second = await site.BuildAsync();
        Assert.Equal(problems, TestSite.Messages(second));

        site.WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-01-08", "แก้แล้ว");
        var third = await site.BuildAsync();
        Assert.True(third.Succeeded, string.Join("\n", TestSite.Messages(third)));
        Assert.Contains("ชื่อใหม่ที่ยาวขึ้น", site.ReadOutput("circulars/a/index.html"));
        Assert.Contains("แก้แล้ว", site.ReadOutput("circulars/b/index.html"));
    }

    [Fact]
    public void A_cache_saved_after_one_file_changed_keeps_every_other_file_exactly()
    {
        // The seed letters, copied so one can be edited; the save after the edit copies the other blocks as they were.
        var content = Path.Combine(_folder, "content");
        CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), content);
        ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));
        var edited = Directory.EnumerateFiles(Path.Combine(content, "circulars"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("\ntitle: ", "\ntitle: แก้ไข ", StringComparison.Ordinal));
        ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));

        var parsed = ContentLoader.Load(content, new DiagnosticBag());
        var reopened = SourceCache.Open(CacheFile);
        var cached = ContentLoader.Load(content, new DiagnosticBag(), reopened);

        // Every file came from the cache: a damaged file would have been dropped whole, and parsed instead.
        Assert.Equal(parsed.Circulars.Count, reopened.Count);
        Assert.Contains(parsed.Circulars, c => c.FrontMatter.Title!.Value.StartsWith("แก้ไข ", StringComparison.Ordinal));
        Assert.Equal(parsed.Circulars.Count, cached.Circulars.Count);
        foreach (var (first, second) in parsed.Circulars.Zip(cached.Circulars))
        {
            Assert.Equal(JsonSerializer.Serialize(first.FrontMatter), JsonSerializer.Serialize(second.FrontMatter));
            Assert.Equal(first.Stamp, second.Stamp);
        }
    }

    [Fact]
    public void A_cache_reopened_in_the_same_process_starts_from_what_it_saved_and_its_file_stays_whole()
    {
        var content = Path.Combine(_folder, "content");
        CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), content);
        var letters = Directory.EnumerateFiles(Path.Combine(content, "circulars"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        static void Edit(string file) => File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: แก้ไข ", StringComparison.Ordinal));

        var cache = SourceCache.Open(CacheFile);
        ContentLoader.Load(content, new DiagnosticBag(), cache);
        // Two rebuilds, each after one edit: each save copies the other blocks from where the last save put them.
        foreach (var file in letters.Take(2))
        {
            Edit(file);
            cache = SourceCache.Reopen(cache, CacheFile);
            Assert.Equal(letters.Count, cache.Count);
            ContentLoader.Load(content, new DiagnosticBag(), cache);
        }

        // A new process reads every entry back from the file, each as parsing gives it.
        var parsed = ContentLoader.Load(content, new DiagnosticBag());
        var cold = SourceCache.Open(CacheFile);
        Assert.Equal(letters.Count, cold.Count);
        var cached = ContentLoader.Load(content, new DiagnosticBag(), cold);
        foreach (var (first, second) in parsed.Circulars.Zip(cached.Circulars))
        {
            Assert.Equal(JsonSerializer.Serialize(first.FrontMatter), JsonSerializer.Serialize(second.FrontMatter));
        }

        // Reopened, the entries come from memory, not from the file: damage of the same length and time goes unread.
        var stat = FileStat.Of(CacheFile);
        File.WriteAllBytes(CacheFile, new byte[stat.Length]);
        File.SetLastWriteTimeUtc(CacheFile, new DateTime(stat.WriteTicks, DateTimeKind.Utc));
        Assert.Equal(letters.Count, SourceCache.Reopen(cold, CacheFile).Count);
        Assert.Equal(0, SourceCache.Open(CacheFile).Count);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData(0xFF)]
    [InlineData(0x7F)]
    [InlineData(0x00)]
    public void A_cache_damaged_anywhere_never_fails_the_load_nor_gives_other_values(byte filler)
    {
        var content = Path.Combine(RepositoryRoot.Path, "content");
        ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));
        var intact = File.ReadAllBytes(CacheFile);
        var expected = ContentLoader.Load(content, new DiagnosticBag()).Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)).ToList();

        // Eight damaged bytes at a time, all along the file: lengths, counts, strings and locations alike.
        for (var at = 0; at < intact.Length; at += 11)
        {
            var bytes = (byte[])intact.Clone();
            Array.Fill(bytes, filler, at, Math.Min(8, bytes.Length - at));
            File.WriteAllBytes(CacheFile, bytes);
            var diagnostics = new DiagnosticBag();

            var loaded = ContentLoader.Load(content, diagnostics, SourceCache.Open(CacheFile));

            Assert.True(diagnostics.IsEmpty, $"damage at byte {at}");
            Assert.Equal(expected, loaded.Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)));
        }
    }

    [Fact]
    public void A_cache_of_many_files_gives_each_its_own_values_and_a_damaged_block_drops_only_its_file()
    {
        // Sixty copies of a seed letter beside the seeds, each with its own title.
        var content = Path.Combine(_folder, "content");
        CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), content);
        var letter = Directory.EnumerateFiles(Path.Combine(content, "circulars"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        for (var i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(letter)!, $"copy-{i:D2}.md"),
                File.ReadAllText(letter).Replace("\ntitle: ", $"\ntitle: สำเนา {i} ", StringComparison.Ordinal));
        }

        ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));
        var parsed = ContentLoader.Load(content, new DiagnosticBag());
        var cached = ContentLoader.Load(content, new DiagnosticBag(), SourceCache.Open(CacheFile));
        Assert.Equal(63, parsed.Circulars.Count);
        Assert.Equal(parsed.Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)), cached.Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)));

        // One byte inside copy-30's block (past its header: sizes, times, stamp, checksum): that file alone is parsed again.
        var bytes = File.ReadAllBytes(CacheFile);
        var name = System.Text.Encoding.UTF8.GetBytes("copy-30.md");
        var at = bytes.AsSpan().IndexOf(name) + name.Length + 200;
        bytes[at] ^= 0x55;
        File.WriteAllBytes(CacheFile, bytes);

        var damaged = SourceCache.Open(CacheFile);
        Assert.Equal(62, damaged.Count);
        var reloaded = ContentLoader.Load(content, new DiagnosticBag(), damaged);
        Assert.Equal(parsed.Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)), reloaded.Circulars.Select(c => JsonSerializer.Serialize(c.FrontMatter)));
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored_and_every_file_is_parsed()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(CacheFile, [1, 2, 3, 4, 5]);
        var diagnostics = new DiagnosticBag();

        var loaded = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, "content"), diagnostics, SourceCache.Open(CacheFile));

        Assert.True(diagnostics.IsEmpty);
        Assert.Equal(3, loaded.Circulars.Count);
        Assert.All(loaded.Circulars, c => Assert.NotEmpty(c.Body));
    }
}
