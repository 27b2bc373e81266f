using System.Text.RegularExpressions;

using GeccPortal.Generator.Cli;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Cli;

/// <summary>The one-line summary a build ends with: counts, what was written, and the time taken.</summary>
public sealed partial class BuildSummaryTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_prints_counts_files_written_and_time_then_up_to_date_on_a_second_run()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง")
            .With("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n");
        string[] args = ["build", "--content", _site.ContentDirectory, "--output", _site.OutputDirectory, "--index", _site.IndexDirectory];

        var first = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await GeccCli.RunAsync(args, new CliConsole(first, new StringWriter())));
        var second = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await GeccCli.RunAsync(args, new CliConsole(second, new StringWriter())));

        var summary = Assert.Single(first.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var match = Summary().Match(summary);
        Assert.True(match.Success, summary);
        var written = int.Parse(match.Groups["written"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories).Count(), written);
        Assert.StartsWith("build: 1 circular(s), 1 page(s), 0 warning(s); up to date, nothing written in ", second.ToString());
    }

    [GeneratedRegex(@"^build: 1 circular\(s\), 1 page\(s\), 0 warning\(s\); (?<written>\d+) file\(s\) written, 0 unchanged, 0 removed, index rewritten in \d+\.\d\d s \(.*\)$")]
    private static partial Regex Summary();
}
