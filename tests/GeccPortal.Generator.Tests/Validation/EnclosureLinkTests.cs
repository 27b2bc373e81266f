using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>
/// An enclosure's file reached through a symbolic link (the file a link, or a folder on its path a link) must be in
/// the circular's folder where its bytes really are: else a committed link would publish any file of the machine.
/// </summary>
public sealed class EnclosureLinkTests : IDisposable
{
    private const string Index = "content/circulars/a/index.md";
    private const string Refused =
        "content/circulars/a/index.md:7:5: error: enclosure file '{0}' is a link to a file outside the circular's folder; put a copy of the file itself in the folder";

    private readonly TestSite _site = new();

    // A file of the machine outside the site, as /etc/hostname would be.
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "gecc-outside-" + Guid.NewGuid().ToString("N"));

    public EnclosureLinkTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "hostname"), "secret-host-name\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private TestSite WithEnclosure(string file) =>
        _site.WithCircular(Index, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", $"enclosures:\n  - title: แบบตอบรับ\n    file: {file}");

    private string InSite(string path) => Path.Combine(_site.Root, path);

    [Fact]
    public async Task A_linked_file_outside_the_folder_is_refused_and_nothing_is_written()
    {
        WithEnclosure("host.txt");
        File.CreateSymbolicLink(InSite("content/circulars/a/host.txt"), Path.Combine(_outside, "hostname"));

        var result = await _site.BuildAsync(withIndex: true);

        Assert.False(result.Succeeded);
        Assert.Equal([string.Format(Refused, "host.txt")], TestSite.Messages(result));
        Assert.False(Directory.Exists(_site.OutputDirectory));
        Assert.False(Directory.Exists(_site.IndexDirectory));
    }

    [Fact]
    public async Task A_file_in_a_linked_folder_outside_is_refused()
    {
        WithEnclosure("files/hostname");
        Directory.CreateSymbolicLink(InSite("content/circulars/a/files"), _outside);

        Assert.Equal([string.Format(Refused, "files/hostname")], TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_relative_link_climbing_out_of_the_folder_is_refused()
    {
        _site.With("content/secret.pdf", "secret");
        WithEnclosure("copy.pdf");
        File.CreateSymbolicLink(InSite("content/circulars/a/copy.pdf"), "../../secret.pdf");

        Assert.Equal([string.Format(Refused, "copy.pdf")], TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_link_to_a_file_in_the_same_folder_is_published()
    {
        _site.With("content/circulars/a/files/form.txt", "แบบตอบรับ");
        WithEnclosure("form.txt");
        File.CreateSymbolicLink(InSite("content/circulars/a/form.txt"), "files/form.txt");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));
        // The file it links to is published through it: no 'no enclosure refers to it' warning for that file.
        Assert.Empty(TestSite.Messages(result));
        Assert.Equal("แบบตอบรับ", _site.ReadOutput("circulars/a/form.txt"));
    }

    [Fact]
    public async Task A_link_whose_dot_dot_follows_a_linked_folder_out_is_refused()
    {
        // d leads to <outside>/deep/dir; d/../secret.txt is then <outside>/deep/secret.txt, not a/secret.txt.
        Directory.CreateDirectory(Path.Combine(_outside, "deep", "dir"));
        File.WriteAllText(Path.Combine(_outside, "deep", "secret.txt"), "secret");
        _site.With("content/circulars/a/secret.txt", "not the one");
        WithEnclosure("evil.txt");
        Directory.CreateSymbolicLink(InSite("content/circulars/a/d"), Path.Combine(_outside, "deep", "dir"));
        File.CreateSymbolicLink(InSite("content/circulars/a/evil.txt"), "d/../secret.txt");

        var result = await _site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(string.Format(Refused, "evil.txt"), TestSite.Messages(result));
        Assert.False(File.Exists(Path.Combine(_site.OutputDirectory, "circulars", "a", "evil.txt")));
    }

    [Fact]
    public async Task A_loop_of_links_is_refused_not_followed_for_ever()
    {
        WithEnclosure("loop.pdf");
        File.CreateSymbolicLink(InSite("content/circulars/a/loop.pdf"), "loop.pdf");

        Assert.Equal([string.Format(Refused, "loop.pdf")], TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task Circulars_kept_elsewhere_behind_a_linked_folder_keep_their_own_files()
    {
        // content/circulars/ (or content/) may be a link, a checkout mounted elsewhere: folder and files resolve alike.
        var real = Path.Combine(_outside, "circulars");
        Directory.CreateDirectory(Path.Combine(real, "a"));
        File.WriteAllText(Path.Combine(real, "a", "form.txt"), "แบบตอบรับ");
        File.WriteAllText(Path.Combine(real, "a", "index.md"), TestSite.CircularText("มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: แบบตอบรับ\n    file: form.txt"));
        Directory.CreateSymbolicLink(InSite("content/circulars"), real);

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));
        Assert.True(_site.OutputExists("circulars/a/form.txt"));
    }

    [Theory]
    [InlineData("index.md")]
    [InlineData("b.md")]
    public async Task A_circulars_folder_linked_out_of_content_circulars_is_refused_and_not_read(string letter)
    {
        // A circular's own folder (index.md) or a folder of one-file circulars: either would publish what it points at.
        var real = Path.Combine(_outside, "elsewhere");
        Directory.CreateDirectory(real);
        File.WriteAllText(Path.Combine(real, "form.txt"), "แบบตอบรับ");
        File.WriteAllText(Path.Combine(real, letter), TestSite.CircularText("มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: แบบตอบรับ\n    file: form.txt"));
        Directory.CreateDirectory(InSite("content/circulars"));
        Directory.CreateSymbolicLink(InSite("content/circulars/a"), real);

        var result = await _site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["content/circulars/a:1:1: error: folder is a link to a place outside content/circulars/, so it is not read: put the circulars and their files in the folder itself"],
            TestSite.Messages(result));
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }
}
