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

    public static Option<string> Output() => OwnFolder(new("--output")
    {
        Description = "Where the site is written, only when the content is valid: whole on a first build, only changed files after",
        DefaultValueFactory = _ => "_site",
    });

    public static Option<string> Index() => OwnFolder(new("--index")
    {
        Description = "Where the search index is written",
        DefaultValueFactory = _ => "_index",
    });

    /// <summary>
    /// A folder gecc writes whole must be one of its own: the root of the file system (<c>--output /</c>) has no folder
    /// beside it for the build's cache and swap, and failed as a bug in gecc (site probe 9).
    /// </summary>
    private static Option<string> OwnFolder(Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: > 0 } path && Path.GetDirectoryName(Path.GetFullPath(path)) is null)
            {
                result.AddError($"{option.Name} '{path}' is the root of the file system: name a folder of its own (e.g. {option.Name} _site)");
            }
        });
        return option;
    }

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's address, e.g. https://example.go.th/gecc/, instead of site.yml's baseUrl: "
            + "canonical links, feeds, sitemap.xml and robots.txt need the full address, which a publishing pipeline knows",
    };
}
