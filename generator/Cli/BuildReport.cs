using System.Globalization;

using GeccPortal.Generator.Build;

namespace GeccPortal.Generator.Cli;

/// <summary>Prints a build's problems (to the error stream) and a one-line summary, and picks the exit code.</summary>
public static class BuildReport
{
    /// <param name="contentPath">The content folder as given: problems name their files from the working folder.</param>
    public static int Print(BuildResult result, CliConsole console, string verb, string contentPath)
    {
        var paths = new DiagnosticPaths(contentPath);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(paths.Line(diagnostic));
        }

        var stages = string.Join(", ", result.Timings.Select(t =>
            $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
        if (!result.Succeeded)
        {
            console.Error.WriteLine($"{verb} failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s); nothing was written");
            return ExitCodes.ContentErrors;
        }

        var circulars = result.Site?.Circulars.Count ?? result.Output?.Circulars ?? 0;
        var pages = result.Site?.Pages.Count ?? result.Output?.Pages ?? 0;
        // Wall-clock time: the stages' sum would count an index update that ran beside rendering twice.
        var elapsed = result.Elapsed > TimeSpan.Zero ? result.Elapsed : result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        var total = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        console.Out.WriteLine($"{verb}: {circulars} circular(s), {pages} page(s), {result.WarningCount} warning(s){Written(result)} in {total} s ({stages})");
        return ExitCodes.Ok;
    }

    /// <summary>What the write stage did: files written and kept, or that nothing had changed.</summary>
    private static string Written(BuildResult result) => result.Output switch
    {
        null => "",
        { UpToDate: true } => "; up to date, nothing written",
        { } output => $"; {output.Written.Count} file(s) written, {output.Unchanged.Count} unchanged, {output.Removed.Count} removed"
            + (output.IndexWritten ? ", index rewritten" : ""),
    };

    /// <summary>
    /// A site built with a path for its address (site.yml's <c>baseUrl: /</c>, no <c>--base-url</c>) previews
    /// well, but its sitemap lists paths, which search engines refuse, and nothing says so in the files: a build
    /// that wrote such a site says it once, on the error stream, beside the summary. Not a content warning:
    /// the content is fine for a preview.
    /// </summary>
    public static void NoteWhenAddressIsAPath(BuildResult result, CliConsole console)
    {
        // The rule robots.txt names the sitemap by: no full URL for it, no full address.
        if (result.Succeeded && result.Site?.Settings is { } settings
            && Rendering.Sharing.AbsoluteUrls.For(settings, Rendering.Sitemap.SitemapXml.Path) is null)
        {
            console.Error.WriteLine($"note: the site's address is the path '{settings.BaseUrl}', so sitemap.xml lists paths and robots.txt names no sitemap; "
                + "to publish, give the full address: --base-url https://host/path/ (or baseUrl in site.yml)");
        }
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

    /// <summary>A <c>--base-url</c> that is neither a path nor an http(s) URL is a usage mistake.</summary>
    public static bool BaseUrlIsValid(string baseUrl, CliConsole console)
    {
        if (Validation.SiteChecks.BasePathOf(baseUrl.Trim()) is not null)
        {
            return true;
        }

        console.Error.WriteLine($"error: --base-url '{baseUrl}' {Validation.SiteChecks.BaseUrlRule}");
        return false;
    }
}
