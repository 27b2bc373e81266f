using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>content/site.yml as written.</summary>
public sealed record SiteFile(
    SourceLocation Location, Located<string>? Title, Located<string>? BaseUrl, Located<string>? Digits, Located<string>? SearchApi)
{
    public static readonly IReadOnlyList<string> Keys = ["title", "baseUrl", "digits", "searchApi"];

    public static SiteFile Read(YamlMapReader map) =>
        new(map.Location, map.Scalar("title"), map.Scalar("baseUrl"), map.Scalar("digits"), map.Scalar("searchApi"));
}
