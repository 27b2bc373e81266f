using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Validation;

/// <summary>The validate stage: every check over the loaded content, every problem reported in one run.</summary>
public static class ContentValidator
{
    /// <summary>The checked content, or null when there is nothing to build (the site settings are unusable).</summary>
    /// <param name="baseUrlOverride">The build's <c>--base-url</c>, used instead of site.yml's <c>baseUrl</c>.</param>
    public static CheckedContent? Validate(LoadedContent content, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var site = content.Site is null ? null : new SiteChecks(diagnostics).Check(content.Site, baseUrlOverride);
        var circularChecks = new CircularChecks(diagnostics);
        // Each file's checks stand alone, so they run on all cores; the list keeps the files' order. (Parallel.For
        // rather than PLINQ: a small rebuild paid for compiling PLINQ's generic operators at run time.)
        var checkedCirculars = new CheckedCircular?[content.Circulars.Count];
        Parallel.For(0, checkedCirculars.Length, i => checkedCirculars[i] = CheckOne(content, content.Circulars[i], circularChecks, diagnostics));
        var circulars = checkedCirculars.OfType<CheckedCircular>().ToList();
        new CrossChecks(diagnostics).Check(circulars);
        new AgencyCodeChecks(diagnostics).Check(circulars, content.Agencies);
        new UnreferencedFileChecks(diagnostics).Check(content, circulars);
        var pages = new PageChecks(diagnostics).Check(content.Pages);
        var agencies = content.Agencies
            .GroupBy(a => a.Code.Value.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name.Trim(), StringComparer.Ordinal);
        // Every page shows the base URL, so one given on the command line keys them as site.yml's does.
        var settingsStamp = baseUrlOverride is null ? content.SettingsStamp : ContentStamp.Of(content.SettingsStamp + "\n--base-url\n" + baseUrlOverride);
        return site is null ? null : new CheckedContent(site, agencies, circulars, pages) { SettingsStamp = settingsStamp };
    }

    /// <summary>
    /// One circular's own checks; an unchanged file whose checks found nothing in an earlier build under the same
    /// settings is taken as that build checked it (<see cref="Content.Caching.CheckedSnapshot"/>), not checked again.
    /// </summary>
    private static CheckedCircular? CheckOne(LoadedContent content, CircularSource source, CircularChecks checks, DiagnosticBag diagnostics)
    {
        if (content.SnapshotsUsable && source.Snapshot is { } snapshot)
        {
            return snapshot.ToChecked(source);
        }

        // Only this file's own messages count: each file is checked on one thread, others' go to their own paths.
        var before = diagnostics.CountIn(source.DisplayPath);
        var result = checks.Check(source);
        return result is not null && diagnostics.CountIn(source.DisplayPath) == before ? result with { Cacheable = true } : result;
    }
}
