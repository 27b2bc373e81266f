namespace GeccPortal.Generator.Content;

/// <summary>
/// Links in a letter's text to another circular's page (<c>[หนังสือกรม…](/circulars/2568-dla-w76/)</c>, <c>../2568-dla-w76/</c>):
/// whether such a page exists is known only once every file is loaded, so the loader keeps each link's slug and place
/// (and the source cache with the file's front matter, so an unchanged file's text need not be read again) and the
/// cross-file checks look them up (<c>Validation.CrossChecks</c>). A link to a page that is not there was not warned at
/// (site probe 10's open item).
/// </summary>
public static class CircularPageLinks
{
    /// <summary>One link: where its target stands in the file, the target as written, and the slug it names.</summary>
    public sealed record Link(int Line, int Column, string Target, string Slug);

    /// <summary>The circulars' folder on the site, the first segment after the site's own path.</summary>
    private const string Folder = "circulars";

    // The page a letter's text is shown on, to read relative links from: ../x/ from circulars/<this>/ is circulars/x/.
    // The last segment is no slug a file can have, so a link inside the letter's own folder names no other letter.
    private static readonly Uri Page = new("https://gecc.invalid/circulars/%20this/");

    /// <param name="links">The text's links (<see cref="BodyLinks.Of"/>).</param>
    /// <param name="firstLine">The body's first line in its file.</param>
    internal static IReadOnlyList<Link> Of(IReadOnlyList<BodyLinks.Link> links, int firstLine)
    {
        List<Link>? found = null;
        foreach (var (line, column, target) in links)
        {
            if (SlugOf(target) is { } slug)
            {
                (found ??= []).Add(new Link(firstLine + line, column, target, slug));
            }
        }

        return found ?? (IReadOnlyList<Link>)[];
    }

    /// <summary>
    /// The slug a link names: the segment after <c>circulars</c> in a path from the site's root (after the site's own
    /// path, if any: <c>/sub/circulars/x/</c>) or read from the letter's page (<c>../x/</c>); null for any other link
    /// (an address with a scheme or host, a file beside the letter, the list of all circulars and its pages).
    /// </summary>
    public static string? SlugOf(string target)
    {
        if (target.Length == 0 || target[0] == '#' || target.StartsWith("//", StringComparison.Ordinal)
            || target.Contains(':', StringComparison.Ordinal) || !Uri.TryCreate(Page, target, out var resolved))
        {
            return null;
        }

        var segments = resolved.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var folder = Array.IndexOf(segments, Folder);
        if (folder < 0 || folder > 1 || folder + 1 >= segments.Length)
        {
            return null;
        }

        var slug = Uri.UnescapeDataString(segments[folder + 1]);
        return slug is " this" || slug == Rendering.Listings.AllCirculars.ReservedSlug ? null : slug;
    }
}
