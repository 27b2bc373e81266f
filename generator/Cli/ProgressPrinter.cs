using GeccPortal.Generator.Build;

namespace GeccPortal.Generator.Cli;

/// <summary>Runs a build and, while it takes longer than a second, prints how far it is every second (to the error stream).</summary>
public static class ProgressPrinter
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static async Task<BuildResult> RunAsync(BuildOptions options, CliConsole console)
    {
        var progress = new BuildProgress();
        var build = SiteBuild.RunAsync(options, progress);
        while (await Task.WhenAny(build, Task.Delay(Interval)) != build)
        {
            console.Error.WriteLine($"  {progress}");
        }

        return await build;
    }
}
