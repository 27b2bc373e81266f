using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Sharing;

/// <summary>
/// Full URLs for canonical links and share previews. They can only be known when site.yml's <c>baseUrl</c>
/// is absolute (<c>https://example.go.th/gecc/</c>); with a path only (<c>/</c>, <c>/gecc/</c>) the host is
/// unknown at build time, so no canonical or <c>og:url</c> is written rather than a wrong one.
/// </summary>
public static class AbsoluteUrls
{
    // The site root for the last baseUrl asked about (a build has one), not parsed again for every link: 13,400
    // links took 99 ms cold and 19 ms warm that way, 12 and 10 ms now. One reference, so a thread sees a whole
    // entry or the one before.
    private static CachedRoot? _last;

    public static string? For(SiteSettings settings, string relativePath)
    {
        if (RootOf(settings.BaseUrl) is not { Root: { } root } cached)
        {
            return null;
        }

        // A path of unreserved characters needs no escaping and names no "." or ".." segment, so joining it to
        // the root gives what System.Uri gives; anything else (Thai, a query, dot segments) goes through Uri.
        var relative = relativePath.TrimStart('/');
        return cached.PlainJoins && IsPlain(relative) ? cached.RootText + relative : new Uri(root, relative).AbsoluteUri;
    }

    private static CachedRoot RootOf(string baseUrl)
    {
        if (_last is { } last && last.BaseUrl == baseUrl)
        {
            return last;
        }

        Uri? root = null;
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri)
            && (baseUri.Scheme == Uri.UriSchemeHttps || baseUri.Scheme == Uri.UriSchemeHttp))
        {
            root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        }

        // A root with a query or fragment is replaced, not extended, by a relative path: only Uri gets that right.
        return _last = new CachedRoot(baseUrl, root, root?.AbsoluteUri ?? "", root is { Query: "", Fragment: "" });
    }

    private static bool IsPlain(string relative)
    {
        foreach (var c in relative)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~' or '.' or '/'))
            {
                return false;
            }
        }

        return !relative.Contains("//", StringComparison.Ordinal) && !relative.Split('/').Any(segment => segment is "." or "..");
    }

    /// <summary>A baseUrl and its root (none when it is not an absolute http or https URL), and whether a plain path may be appended to it.</summary>
    private sealed record CachedRoot(string BaseUrl, Uri? Root, string RootText, bool PlainJoins);
}
