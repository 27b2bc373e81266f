using System.Diagnostics;

using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Indexing;
using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Output;
using GeccPortal.Generator.Rendering;
using GeccPortal.Generator.Validation;
using GeccPortal.Search.Indexing;

namespace GeccPortal.Generator.Build;

/// <summary>The whole build, its stages in execution order. Each stage is timed.</summary>
public static class SiteBuild
{
    public static async Task<BuildResult> RunAsync(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();

        var loaded = Timed(timings, "load", () => ContentLoader.Load(options.ContentDirectory, diagnostics));
        var content = Timed(timings, "validate", () => ContentValidator.Validate(loaded, diagnostics));
        if (content is null || diagnostics.HasErrors)
        {
            // Nothing is written: the previous site and index stay as they were.
            return new BuildResult(diagnostics.Items, null, timings);
        }

        var site = Timed(timings, "model", () => SiteModelBuilder.Build(content, new MarkdownConverter()));
        if (options.OutputDirectory is { } output)
        {
            var watch = Stopwatch.StartNew();
            var files = await SiteRenderer.RenderAsync(site);
            timings.Add(new StageTiming("render", watch.Elapsed));
            Timed(timings, "write", () => AtomicFolder.Replace(output, folder => WriteAll(files, folder)));
        }

        if (options.IndexDirectory is { } index)
        {
            Timed(timings, "index", () => CircularIndex.Write(index, SearchDocumentMapper.Map(site)));
        }

        return new BuildResult(diagnostics.Items, site, timings);
    }

    private static void WriteAll(IEnumerable<OutputFile> files, string folder)
    {
        foreach (var file in files)
        {
            file.WriteUnder(folder);
        }
    }

    private static T Timed<T>(List<StageTiming> timings, string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }

    private static void Timed(List<StageTiming> timings, string stage, Action run) =>
        Timed(timings, stage, () =>
        {
            run();
            return true;
        });
}