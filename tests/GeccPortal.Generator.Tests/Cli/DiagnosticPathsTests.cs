using GeccPortal.Generator.Cli;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Tests.Cli;

/// <summary>
/// A printed problem names its files from the folder gecc runs in (site probe, 2026-11-29: <c>check --content
/// /tmp/w6-slips</c> printed <c>w6-slips/circulars/…</c>, which no terminal or editor could open).
/// </summary>
public sealed class DiagnosticPathsTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "gecc-paths-" + Guid.NewGuid().ToString("N"));

    private static Diagnostic Duplicate(string root) => new(new SourceLocation(root + "/circulars/a.md", 2, 1), Severity.Error,
        $"duplicate ref 'มท0810.3/ว76' in พ.ศ. 2568 (2025): also used by {root}/circulars/b.md:2:1");

    [Fact]
    public void Content_beside_the_working_folder_prints_as_before()
    {
        var paths = new DiagnosticPaths(Path.Combine(Work, "content"), Work);
        Assert.Equal(Duplicate("content").ToString(), paths.Line(Duplicate("content")));
    }

    [Fact]
    public void Content_deeper_in_the_working_folder_is_named_from_it_in_the_location_and_the_message()
    {
        var paths = new DiagnosticPaths(Path.Combine(Work, "site", "content"), Work);
        Assert.Equal("site/content/circulars/a.md:2:1: error: duplicate ref 'มท0810.3/ว76' in พ.ศ. 2568 (2025): also used by site/content/circulars/b.md:2:1",
            paths.Line(Duplicate("content")));
    }

    [Fact]
    public void Content_outside_the_working_folder_is_named_in_full()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "gecc-elsewhere", "w6-slips");
        var paths = new DiagnosticPaths(elsewhere + "/", Work);
        Assert.Equal($"{elsewhere}/circulars/a.md:2:1: error: duplicate ref 'มท0810.3/ว76' in พ.ศ. 2568 (2025): also used by {elsewhere}/circulars/b.md:2:1",
            paths.Line(Duplicate("w6-slips")));
    }

    [Fact]
    public void The_folders_name_inside_a_word_of_the_message_is_left_alone()
    {
        var paths = new DiagnosticPaths(Path.Combine(Work, "site", "content"), Work);
        var diagnostic = new Diagnostic(new SourceLocation("content/a.md", 1, 1), Severity.Warning, "see mycontent/a.md");
        Assert.Equal("site/content/a.md:1:1: warning: see mycontent/a.md", paths.Line(diagnostic));
    }
}
