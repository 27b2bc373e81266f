using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// A circular whose front matter passed every check: ref and dates parsed, files resolved. <see cref="Ref"/> is
/// null only for an announcement without a number.
/// </summary>
public sealed record CheckedCircular(
    CircularSource Source,
    CircularRef? Ref,
    string? RefText,
    DateOnly Date,
    string Title,
    string Type,
    string? Urgency,
    string Slug,
    bool Draft,
    IReadOnlyList<CheckedEnclosure> Enclosures,
    IReadOnlyList<CheckedReference> References)
{
    /// <summary>Its shown text as an earlier build made it, when it came from the source cache (see <see cref="Content.Caching.CheckedSnapshot"/>).</summary>
    public ShownFields? Shown { get; init; }

    /// <summary>
    /// Checked in this build with no problem of its own (no error, no warning), so the source cache may keep what the
    /// checks and the model made of it: a file with a problem is checked again by every build, and says it again.
    /// </summary>
    public bool Cacheable { get; init; }
}

/// <summary>An enclosure: <see cref="FilePath"/> is the full path of an attached file inside the circular's folder.</summary>
public sealed record CheckedEnclosure(SourceLocation Location, string Title, string? FilePath, string? RefText, CircularRef? Ref, DateOnly? Date)
{
    /// <summary>Where its <c>file:</c> key stands, for problems found later with the file itself (it cannot be read).</summary>
    public SourceLocation? FileLocation { get; init; }
}

/// <summary>อ้างถึง: a cited letter, by its parsed ref; or, with no ref, a law or resolution by its <see cref="Title"/>.</summary>
public sealed record CheckedReference(SourceLocation Location, string? RefText, CircularRef? Ref, DateOnly? Date, string? Title);

/// <summary>A plain page with its site-relative URL (<c>about/</c>).</summary>
public sealed record CheckedPage(PageSource Source, string Title, string Url, bool Draft);

/// <summary>Everything that passed validation; drafts are still here, marked, so duplicates count them.</summary>
public sealed record CheckedContent(
    SiteSettings Site,
    IReadOnlyDictionary<string, string> Agencies,
    IReadOnlyList<CheckedCircular> Circulars,
    IReadOnlyList<CheckedPage> Pages)
{
    /// <summary><see cref="LoadedContent.SettingsStamp"/>, carried to the site model.</summary>
    public string SettingsStamp { get; init; } = "";
}
