using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>Files under content/circulars/ that no enclosure names are not published: each is a warning.</summary>
public sealed class UnreferencedFileTests : IDisposable
{
    private const string Index = "content/circulars/a/index.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite WithBundle(string enclosures) =>
        _site.WithCircular(Index, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", enclosures);

    [Fact]
    public async Task A_file_in_a_circulars_folder_that_no_enclosure_names_is_a_warning_at_its_index()
    {
        WithBundle("enclosures:\n  - title: กำหนดการ\n    file: schedule.txt\n  - title: แบบตอบรับ\n    file: forms/reply.txt")
            .With("content/circulars/a/schedule.txt", "กำหนดการ")
            .With("content/circulars/a/forms/reply.txt", "แบบตอบรับ")
            .With("content/circulars/a/notes.docx", "draft")
            .With("content/circulars/a/forms/old.txt", "old")
            .With("content/circulars/a/.gitkeep", "")
            .With("content/circulars/a/.drafts/x.txt", "x");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                $"{Index}:1:1: warning: file 'forms/old.txt' is in the folder but no enclosure refers to it, so it is not published: add it to 'enclosures' with a title, or remove it",
                $"{Index}:1:1: warning: file 'notes.docx' is in the folder but no enclosure refers to it, so it is not published: add it to 'enclosures' with a title, or remove it",
            ],
            TestSite.Messages(result));
        Assert.False(_site.OutputExists("circulars/a/notes.docx"));
    }

    [Fact]
    public async Task A_folder_whose_files_are_all_named_is_no_warning()
    {
        WithBundle("enclosures:\n  - title: แบบตอบรับ\n    file: ./reply.txt").With("content/circulars/a/reply.txt", "แบบตอบรับ");
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
    }

    [Fact]
    public async Task A_circular_with_errors_has_its_folder_looked_at_once_they_are_fixed()
    {
        WithBundle("enclosures:\n  - title: แบบตอบรับ\n    file: missing.txt").With("content/circulars/a/notes.docx", "draft");
        Assert.Equal([$"{Index}:7:5: error: enclosure file 'missing.txt' not found; the folder has notes.docx"], TestSite.Messages(await _site.CheckAsync()));

        // Fixed: the file is there now, and the folder's other file is looked at.
        _site.With("content/circulars/a/missing.txt", "แบบตอบรับ");
        Assert.Equal(
            [$"{Index}:1:1: warning: file 'notes.docx' is in the folder but no enclosure refers to it, so it is not published: add it to 'enclosures' with a title, or remove it"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Theory]
    [InlineData("content/circulars/notes.pdf")]
    [InlineData("content/circulars/2568/scan.jpg")]
    public async Task A_stray_file_beside_the_circulars_is_a_warning_naming_it(string stray)
    {
        _site.WithCircular("content/circulars/2568/b.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-07", "เรื่อง")
            .With(stray, "x")
            .With("content/circulars/.DS_Store", "x");

        Assert.Equal(
            [$"{stray}:1:1: warning: file is beside the circulars but no enclosure refers to it, so it is not published: put a circular with attachments in a folder of its own (name/index.md, with the files next to it, named in 'enclosures'), or remove it"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_file_a_loose_circular_encloses_is_no_stray()
    {
        _site.WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-07", "เรื่อง", "enclosures:\n  - title: แบบ\n    file: form.txt")
            .With("content/circulars/form.txt", "แบบตอบรับ");
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));
    }
}
