using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>The front matter of a plain page (about, contact).</summary>
public sealed record PageFrontMatter(SourceLocation Location, Located<string>? Title, Located<string>? Slug, Located<bool>? Draft)
{
    public static readonly IReadOnlyList<string> Keys = ["title", "slug", "draft"];

    public static PageFrontMatter Read(YamlMapReader map) =>
        new(map.Location, map.Text("title"), map.Scalar("slug"), map.Boolean("draft"));
}
