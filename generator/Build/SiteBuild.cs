using System.Diagnostics;

using GeccPortal.Generator.Attachments;
using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Content;
using GeccPortal.Generator.Content.Caching;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Indexing;
using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering.Listings;
using GeccPortal.Generator.Rendering.Planning;
using GeccPortal.Generator.Rendering.Sitemap;
using GeccPortal.Generator.Validation;
using GeccPortal.Search.Indexing;

namespace GeccPortal.Generator.Build;

/// <summary>The whole build, its stages in execution order. Each stage is timed.</summary>
public static class SiteBuild
{
    /// <param name="progress">Updated as the build goes, for a caller that shows progress.</param>
    /// <param name="memory">Kept by a process that builds again and again (serve), for its next build.</param>
    public static async Task<BuildResult> RunAsync(BuildOptions options, BuildProgress? progress = null, BuildMemory? memory = null)
    {
        var watch = Stopwatch.StartNew();
        var result = await RunStagesAsync(options, progress, memory);
        return result with { Elapsed = watch.Elapsed };
    }

    private static async Task<BuildResult> RunStagesAsync(BuildOptions options, BuildProgress? progress, BuildMemory? memory)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();

        // Nothing changed since the last good build: the output stands, and no content is even parsed.
        var cache = options.OutputDirectory is { } outputFolder ? CacheFiles.For(outputFolder) : null;
        (string Fingerprint, IReadOnlyDictionary<string, FileStat> Files)? fingerprint =
            cache is null ? null : Timed(timings, "fingerprint", () => InputFingerprint.Compute(options));
        progress?.FoundContentFiles(fingerprint?.Files.Count ?? 0);
        if (cache is not null && BuildCacheState.UpToDate(options, cache, fingerprint!.Value.Fingerprint) is { } upToDate)
        {
            return new BuildResult([], null, timings) { Output = upToDate };
        }

        var markdown = new MarkdownConverter();
        var warmUp = options.OutputDirectory is null ? Task.CompletedTask : BuildWarmUp.Start(markdown, indexing: options.IndexDirectory is not null);

        progress?.EnterStage("load");
        SourceCache? sources = null;
        // The source cache is saved after the model stage, which gives it what the checks and the model made of the
        // files read afresh (one write of the cache, not two).
        var loaded = Timed(timings, "load", () => ContentLoader.Load(options.ContentDirectory, diagnostics,
            sources = cache is null ? null
                : memory?.Sources is { } last ? SourceCache.Reopen(last, cache.Sources, fingerprint!.Value.Files)
                : SourceCache.Open(cache.Sources, fingerprint!.Value.Files), saveCache: false));
        if (memory is not null)
        {
            memory.Sources = sources;
        }

        var content = Timed(timings, "validate", () => ContentValidator.Validate(loaded, diagnostics, options.BaseUrl));
        if (content is null || diagnostics.HasErrors)
        {
            // Nothing is written: the previous site and index stay as they were. The files that loaded well are cached.
            sources?.Save();
            await warmUp;
            return new BuildResult(diagnostics.Items, null, timings);
        }

        progress?.EnterStage("model");
        var site = Timed(timings, "model", () =>
        {
            var built = SiteModelBuilder.Build(content, markdown, sources is null ? null : (circular, shown) =>
            {
                if (CheckedSnapshot.CanKeep(circular))
                {
                    sources.Remember(circular.Source.DisplayPath, CheckedSnapshot.Of(circular, shown));
                }
            });
            sources?.Save();
            return built;
        });
        if (options.OutputDirectory is not null || options.IndexDirectory is not null)
        {
            progress?.EnterStage("extract");
            Timed(timings, "extract", () => AttachmentTextStage.Run(site, cache is null ? null : Path.Combine(cache.Folder, "extraction"), diagnostics));
        }

        // A small update of the index (same generator, last build's index known) runs beside rendering, which
        // made a one-circular rebuild of the bench corpus about 0.1 s quicker; a full index write runs alone,
        // so a full build's peak memory stays low.
        Task<(bool Written, TimeSpan Elapsed)>? indexing = null;
        if (options.IndexDirectory is { } updatedIndex && cache is not null && sources is { Count: > 0 } && File.Exists(cache.IndexDocuments))
        {
            progress?.EnterStage("index");
            indexing = Task.Run(() =>
            {
                var watch = Stopwatch.StartNew();
                return (SearchIndexStage.Run(site, updatedIndex, cache.IndexDocuments), watch.Elapsed);
            });
        }

        WriteReport? written = null;
        if (options.OutputDirectory is { } output && cache is not null)
        {
            BuildCacheState.Forget(cache);
            await warmUp;
            progress?.EnterStage("render");
            var pagesWarm = PageWarmUp.Start(site);
            var watch = Stopwatch.StartNew();
            try
            {
                var plan = Timed(timings, "plan", () => SitePlan.Of(site, Listing.BuildAll(site), () => SourceDates.Read(options.ContentDirectory, fingerprint!.Value.Files)));
                watch.Restart();
                written = await SiteWriter.WriteAsync(output, plan, cache, progress);
            }
            catch when (indexing is not null)
            {
                // The index update is not left running unobserved; the render's failure is the one reported.
                await Task.WhenAny(indexing);
                throw;
            }
            finally
            {
                await pagesWarm;
            }

            timings.Add(new StageTiming("render+write", watch.Elapsed));
        }

        var indexWritten = false;
        if (indexing is not null)
        {
            (indexWritten, var elapsed) = await indexing;
            timings.Add(new StageTiming("index", elapsed));
        }
        else if (options.IndexDirectory is { } index)
        {
            progress?.EnterStage("index");
            indexWritten = Timed(timings, "index", () => SearchIndexStage.Run(site, index, cache?.IndexDocuments));
        }

        if (cache is not null && diagnostics.Items.Count == 0)
        {
            BuildCacheState.Remember(cache, fingerprint!.Value.Fingerprint, site);
        }

        // A check writes nothing, so it has no output report.
        var report = options.OutputDirectory is null ? null
            : new OutputReport(written?.Written ?? [], written?.Unchanged ?? [], written?.Removed ?? [], indexWritten, UpToDate: false, site.Circulars.Count, site.Pages.Count)
            {
                Rendered = written?.Rendered ?? [],
            };
        return new BuildResult(diagnostics.Items, site, timings) { Output = report };
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
