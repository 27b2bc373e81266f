using GeccPortal.Generator.Rendering;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>Bundled stylesheets are served without their comments, indentation and blank lines, rules intact.</summary>
public sealed class StylesheetTextTests
{
    [Fact]
    public void Comments_indentation_and_blank_lines_go_and_rules_stay()
    {
        var css = "/* why */\nbody {\n    color: red; /* a note\n over lines */\n}\n\n\n@media print {\n  p { margin: 0 }\n}\n";

        Assert.Equal("body {\ncolor: red;\n}\n@media print {\np { margin: 0 }\n}\n", StylesheetText.Compact(css));
    }

    [Fact]
    public void A_comment_opener_inside_a_quoted_string_is_text()
    {
        var css = "a::after { content: \"/* not a comment */\"; }\nb::before { content: '\\'/*'; } /* gone */\n";

        Assert.Equal("a::after { content: \"/* not a comment */\"; }\nb::before { content: '\\'/*'; }\n", StylesheetText.Compact(css));
    }

    [Fact]
    public void A_comment_between_two_values_leaves_a_space_and_an_unquoted_url_is_copied_whole()
    {
        var css = "p { margin: 0/**/auto; background: url(//cdn.example/x/*y.png) }\nq { color: red }\n";

        Assert.Equal("p { margin: 0 auto; background: url(//cdn.example/x/*y.png) }\nq { color: red }\n", StylesheetText.Compact(css));
    }

    [Fact]
    public void A_comment_left_open_ends_the_sheet()
    {
        Assert.Equal("p { color: red }\n", StylesheetText.Compact("p { color: red }\n/* never closed\nq { color: blue }"));
    }

    [Fact]
    public async Task The_built_site_css_has_no_comments_and_is_smaller_than_the_bundled_file()
    {
        using var site = new TestSite();
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "ขอเชิญประชุม");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));
        var built = site.ReadOutput("assets/site.css");
        using var bundled = typeof(StylesheetText).Assembly.GetManifestResourceStream("Assets/site.css")!;
        Assert.DoesNotContain("/*", built);
        Assert.Contains("@page", built);
        Assert.True(built.Length < bundled.Length * 0.8, $"built {built.Length} chars against {bundled.Length} bytes bundled");
    }
}
