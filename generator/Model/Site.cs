using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Model;

/// <summary>The whole published site: settings, agency names, circulars (newest first) and plain pages.</summary>
public sealed record Site(
    SiteSettings Settings,
    IReadOnlyDictionary<string, string> Agencies,
    IReadOnlyList<Circular> Circulars,
    IReadOnlyList<Page> Pages)
{
    /// <summary>
    /// A hash of everything each page shows besides circulars (settings, agency names, navigation) and of the
    /// generator build; part of every page's render key.
    /// </summary>
    public string SettingsStamp { get; init; } = "";
}

/// <summary>A plain page (about, contact) at a site-relative URL such as <c>about/</c>.</summary>
public sealed record Page(string Title, string Url, MarkdownContent Body);
