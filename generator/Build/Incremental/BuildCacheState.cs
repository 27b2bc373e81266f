using System.Globalization;

using GeccPortal.Generator.Model;
using GeccPortal.Search.Indexing;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Whether the previous build's output can stand as it is. The fingerprint of the inputs is remembered only
/// after a build that succeeded without warnings, so a build with warnings runs (and prints them) every time.
/// </summary>
public static class BuildCacheState
{
    /// <summary>A report for an up-to-date output, or null when the build must run.</summary>
    public static OutputReport? UpToDate(BuildOptions options, CacheFiles cache, string fingerprint)
    {
        if (options.OutputDirectory is not { } output || !Directory.Exists(output)
            || (options.IndexDirectory is { } index && CircularIndex.ResolveCurrent(index) is null)
            || cache.Read(cache.Inputs)?.Split('\n') is not [var remembered, var counts, ..]
            || remembered != fingerprint
            || counts.Split('\t') is not [var circulars, var pages])
        {
            return null;
        }

        return new OutputReport([], [], [], IndexWritten: false, UpToDate: true,
            int.Parse(circulars, CultureInfo.InvariantCulture), int.Parse(pages, CultureInfo.InvariantCulture));
    }

    /// <summary>Forgets the last fingerprint: from now until this build succeeds, the output is not known to be current.</summary>
    public static void Forget(CacheFiles cache) => cache.Delete(cache.Inputs);

    public static void Remember(CacheFiles cache, string fingerprint, Site site) =>
        CacheFiles.WriteAtomically(cache.Inputs, $"{fingerprint}\n{site.Circulars.Count}\t{site.Pages.Count}\n");
}
