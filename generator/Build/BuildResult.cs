using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Build;

/// <summary>The outcome of a build: every problem found, and the site model when the content was valid.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, Site? Site, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What the build wrote; null for a check (no output folder) or a build stopped by errors.</summary>
    public OutputReport? Output { get; init; }

    /// <summary>
    /// The build's wall-clock time, start to end. Less than the sum of <see cref="Timings"/> when the index
    /// was updated beside rendering.
    /// </summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True with a site model, or with an output that was already up to date (then no model was built).</summary>
    public bool Succeeded => (Site is not null || Output is { UpToDate: true }) && Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>How long one stage of the pipeline took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
