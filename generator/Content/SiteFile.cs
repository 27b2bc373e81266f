using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>content/site.yml as written.</summary>
public sealed record SiteFile(
    SourceLocation Location, Located<string>? Title, Located<string>? BaseUrl, Located<string>? Digits, Located<string>? SearchApi)
{
    public static readonly IReadOnlyList<string> Keys = ["title", "baseUrl", "digits", "searchApi", "operator"];

    /// <summary>Who runs the site (<c>operator: {name, email, url}</c>), named in every page's footer.</summary>
    public OperatorEntry? Operator { get; init; }

    public static SiteFile Read(YamlMapReader map) =>
        new(map.Location, map.Scalar("title"), map.Scalar("baseUrl"), map.Scalar("digits"), map.Scalar("searchApi"))
        {
            Operator = map.Map("operator", OperatorEntry.Keys) is { } entry ? OperatorEntry.Read(entry) : null,
        };
}

/// <summary>site.yml's <c>operator</c>: the unit that runs the site, and how the public reaches it.</summary>
public sealed record OperatorEntry(SourceLocation Location, Located<string>? Name, Located<string>? Email, Located<string>? Url)
{
    public static readonly IReadOnlyList<string> Keys = ["name", "email", "url"];

    public static OperatorEntry Read(YamlMapReader map) => new(map.Location, map.Scalar("name"), map.Scalar("email"), map.Scalar("url"));
}
