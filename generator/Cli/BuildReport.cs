using System.Globalization;

using GeccPortal.Generator.Build;

namespace GeccPortal.Generator.Cli;

/// <summary>Prints a build's problems (to the error stream) and a one-line summary, and picks the exit code.</summary>
public static class BuildReport
{
    public static int Print(BuildResult result, CliConsole console, string verb)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic);
        }

        var stages = string.Join(", ", result.Timings.Select(t =>
            $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
        if (!result.Succeeded)
        {
            console.Error.WriteLine($"{verb} failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s); nothing was written");
            return ExitCodes.ContentErrors;
        }

        var site = result.Site!;
        console.Out.WriteLine($"{verb}: {site.Circulars.Count} circular(s), {site.Pages.Count} page(s), {result.WarningCount} warning(s) ({stages})");
        return ExitCodes.Ok;
    }

    /// <summary>A missing content folder is a usage mistake, not a content error.</summary>
    public static bool ContentFolderExists(string content, CliConsole console)
    {
        if (Directory.Exists(content))
        {
            return true;
        }

        console.Error.WriteLine($"error: content folder '{content}' not found (use --content to point at it)");
        return false;
    }
}