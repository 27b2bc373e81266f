using GeccPortal.Generator.Output;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Output;

/// <summary>The output folder is replaced whole, or not at all.</summary>
public sealed class AtomicWriteTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.OutputDirectory, f), File.ReadAllBytes);

    [Fact]
    public async Task Failed_build_leaves_the_previous_site_byte_identical()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ฉบับแรก");
        Assert.True((await _site.BuildAsync()).Succeeded);
        var before = Snapshot();

        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ฉบับแก้ไข")
            .WithCircular("content/circulars/b.md", "ผิดรูปแบบ", "2025-01-07", "ฉบับเสีย");
        var failed = await _site.BuildAsync();

        Assert.False(failed.Succeeded);
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, "._site.*"));
    }

    [Fact]
    public async Task Successful_build_replaces_the_whole_folder()
    {
        _site.WithCircular("content/circulars/old.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ฉบับเก่า");
        await _site.BuildAsync();
        File.Delete(Path.Combine(_site.ContentDirectory, "circulars", "old.md"));
        _site.WithCircular("content/circulars/new.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-08", "ฉบับใหม่");

        Assert.True((await _site.BuildAsync()).Succeeded);

        Assert.False(_site.OutputExists("circulars/old/index.html"));
        Assert.True(_site.OutputExists("circulars/new/index.html"));
        Assert.Single(Directory.EnumerateDirectories(_site.Root, "*_site*"));
    }

    [Fact]
    public async Task Writer_that_throws_leaves_the_previous_folder_and_no_debris()
    {
        var folder = Path.Combine(_site.Root, "out");
        await AtomicFolder.ReplaceAsync(folder, into => File.WriteAllTextAsync(Path.Combine(into, "index.html"), "ก่อน"));

        var error = await Assert.ThrowsAsync<IOException>(() => AtomicFolder.ReplaceAsync(folder, async into =>
        {
            await File.WriteAllTextAsync(Path.Combine(into, "index.html"), "ครึ่งเดียว");
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("ก่อน", File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.Equal([folder], Directory.EnumerateDirectories(_site.Root, "*out*"));
    }
}
