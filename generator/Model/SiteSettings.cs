using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// content/site.yml, checked. <see cref="BasePath"/> is the path part of <see cref="BaseUrl"/>, always
/// starting and ending with '/', so every link works when the site lives under a sub-path.
/// </summary>
public sealed record SiteSettings(string Title, string BaseUrl, string BasePath, DigitStyle Digits, string? SearchApi)
{
    /// <summary>A site-relative path (<c>circulars/a/</c>) as a link from any page (<c>/gecc/circulars/a/</c>).</summary>
    public string Link(string relativePath) => BasePath + relativePath.TrimStart('/');

    /// <summary>site.yml's <c>operator</c>, or null when it names none.</summary>
    public SiteOperator? Operator { get; init; }
}
