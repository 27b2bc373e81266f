using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// One circular file as loaded. <see cref="Folder"/> is the folder its attachment files must stay inside:
/// the bundle folder for <c>name/index.md</c>, else the folder holding the file.
/// </summary>
public sealed record CircularSource(
    string DisplayPath, string Folder, string DefaultSlug, CircularFrontMatter FrontMatter, Lazy<string> LazyBody)
{
    public CircularSource(string displayPath, string folder, string defaultSlug, CircularFrontMatter frontMatter, string body)
        : this(displayPath, folder, defaultSlug, frontMatter, new Lazy<string>(body))
    {
    }

    /// <summary>The Markdown after the front matter; for a file known from the cache, read only when first used.</summary>
    public string Body => LazyBody.Value;

    /// <summary>A hash of the file's text: pages made from this circular are re-rendered only when it changes.</summary>
    public string Stamp { get; init; } = "";

    /// <summary>
    /// For a file known from the cache, what the checks and the model made of it in an earlier build, when kept; used
    /// only when <see cref="LoadedContent.SnapshotsUsable"/>.
    /// </summary>
    public Caching.CheckedSnapshot? Snapshot { get; init; }

    /// <summary>Links in the text to circulars' pages, checked once every file is loaded (<see cref="CircularPageLinks"/>).</summary>
    public IReadOnlyList<CircularPageLinks.Link> PageLinks { get; init; } = [];
}

/// <summary>One plain page; <see cref="Section"/> is its folder under content/pages ("" at the top).</summary>
public sealed record PageSource(string DisplayPath, string Section, string DefaultSlug, PageFrontMatter FrontMatter, string Body);

/// <summary>An agency letter code and its Thai name, from content/agencies.yml.</summary>
public sealed record AgencyEntry(Located<string> Code, string Name);

/// <summary>Everything read from content/, before validation.</summary>
public sealed record LoadedContent(
    SiteFile? Site,
    IReadOnlyList<AgencyEntry> Agencies,
    IReadOnlyList<CircularSource> Circulars,
    IReadOnlyList<PageSource> Pages)
{
    /// <summary>
    /// A hash of what every page shows besides its circulars (site.yml, agencies.yml, the plain pages in the
    /// navigation) and of the generator build that renders them.
    /// </summary>
    public string SettingsStamp { get; init; } = "";

    /// <summary>
    /// Whether the circulars' snapshots (<see cref="CircularSource.Snapshot"/>) were made under this
    /// <see cref="SettingsStamp"/>, so the checks of a circular on its own and its repairs need not run again.
    /// </summary>
    public bool SnapshotsUsable { get; init; }

    /// <summary>
    /// Files other than Markdown beside the loose circulars (in content/circulars/ and its folders without an
    /// index.md): an attachment of one of them, or a file left there by mistake.
    /// </summary>
    public IReadOnlyList<ContentFile> LooseFiles { get; init; } = [];
}

/// <summary>A file under content/: its full path, and the path messages show (<c>content/circulars/x.pdf</c>).</summary>
public sealed record ContentFile(string FullPath, string DisplayPath);
