using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Sharing;

/// <summary>
/// Full URLs for canonical links and share previews. They can only be known when site.yml's <c>baseUrl</c>
/// is absolute (<c>https://example.go.th/gecc/</c>); with a path only (<c>/</c>, <c>/gecc/</c>) the host is
/// unknown at build time, so no canonical or <c>og:url</c> is written rather than a wrong one.
/// </summary>
public static class AbsoluteUrls
{
    public static string? For(SiteSettings settings, string relativePath)
    {
        if (!Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        return new Uri(root, relativePath.TrimStart('/')).AbsoluteUri;
    }
}
