using GeccPortal.Generator.Model;
using GeccPortal.Generator.Output;
using GeccPortal.Generator.Rendering.Pages;

namespace GeccPortal.Generator.Rendering;

/// <summary>The render stage: every file of the site, as a list, before anything touches the disk.</summary>
public static class SiteRenderer
{
    public static async Task<IReadOnlyList<OutputFile>> RenderAsync(Site site)
    {
        await using var renderer = new ComponentRenderer();
        var files = new List<OutputFile>
        {
            new TextOutput("index.html", await renderer.RenderAsync<HomePage>(new Dictionary<string, object?> { ["Site"] = site })),
            new TextOutput("catalog.json", CatalogJson.Write(site)),
        };

        // The search page only where there is an API to call (site.yml's searchApi).
        if (site.Settings.SearchApi is not null)
        {
            files.Add(new TextOutput(SearchPage.Url + "index.html", await renderer.RenderAsync<SearchPage>(new Dictionary<string, object?> { ["Site"] = site })));
        }

        foreach (var circular in site.Circulars)
        {
            var html = await renderer.RenderAsync<CircularPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular });
            files.Add(new TextOutput(circular.Url + "index.html", html));
            files.AddRange(circular.Enclosures
                .Where(e => e.File is not null)
                .Select(e => new CopiedOutput(circular.Url + e.File!.FileName, e.File.SourcePath)));
        }

        foreach (var page in site.Pages)
        {
            var html = await renderer.RenderAsync<ContentPage>(new Dictionary<string, object?> { ["Site"] = site, ["Page"] = page });
            files.Add(new TextOutput(page.Url + "index.html", html));
        }

        files.AddRange(SiteAssets.All());
        return files;
    }
}