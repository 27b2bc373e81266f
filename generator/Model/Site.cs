using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Model;

/// <summary>The whole published site: settings, agency names, circulars (newest first) and plain pages.</summary>
public sealed record Site(
    SiteSettings Settings,
    IReadOnlyDictionary<string, string> Agencies,
    IReadOnlyList<Circular> Circulars,
    IReadOnlyList<Page> Pages);

/// <summary>A plain page (about, contact) at a site-relative URL such as <c>about/</c>.</summary>
public sealed record Page(string Title, string Url, MarkdownContent Body);
