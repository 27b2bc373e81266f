using GeccPortal.Generator.Rendering.Feeds;

using Microsoft.AspNetCore.StaticFiles;

namespace GeccPortal.Generator.Serving;

/// <summary>
/// The media types the preview server sends: ASP.NET Core's table by extension, except that the site's Atom
/// feeds (<c>feed.xml</c>, the site's and each agency's) are <c>application/atom+xml</c>, not the table's
/// <c>text/xml</c>, so a feed reader or a browser pointed at the preview sees a feed, as it will once published.
/// </summary>
public sealed class SiteContentTypes : IContentTypeProvider
{
    public const string Atom = "application/atom+xml";

    private readonly FileExtensionContentTypeProvider _byExtension = new();

    public bool TryGetContentType(string subpath, out string contentType)
    {
        if (Path.GetFileName(subpath) == FeedRenderer.FileName)
        {
            contentType = Atom;
            return true;
        }

        return _byExtension.TryGetContentType(subpath, out contentType!);
    }
}
