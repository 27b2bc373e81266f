using System.CommandLine;

namespace GeccPortal.Generator.Cli;

/// <summary>The options several commands share, each created fresh per command.</summary>
public static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder (site.yml, agencies.yml, circulars/, pages/)",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Where the site is written, only when the content is valid: whole on a first build, only changed files after",
        DefaultValueFactory = _ => "_site",
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "Where the search index is written",
        DefaultValueFactory = _ => "_index",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's address, e.g. https://example.go.th/gecc/, instead of site.yml's baseUrl: "
            + "canonical links, feeds, sitemap.xml and robots.txt need the full address, which a publishing pipeline knows",
    };
}
