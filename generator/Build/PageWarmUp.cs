using GeccPortal.Generator.Model;
using GeccPortal.Generator.Rendering;
using GeccPortal.Generator.Rendering.Pages;

namespace GeccPortal.Generator.Build;

/// <summary>
/// Renders, on a spare core and into nothing, the page of the newest letter of each form while the build plans its
/// files. A letter page's components pay for their first use (reflection over their parameters, code compiled at run
/// time): about 0.1 s, which a one-letter rebuild otherwise waits for on its one changed page, while planning leaves
/// a core idle.
/// </summary>
public static class PageWarmUp
{
    public static Task Start(Site site) => Task.Run(async () =>
    {
        try
        {
            await using var renderer = new ComponentRenderer();
            foreach (var circular in site.Circulars.DistinctBy(c => LetterForms.Of(c.Type)))
            {
                await renderer.RenderUtf8Async<CircularPage>(new Dictionary<string, object?> { ["Site"] = site, ["Circular"] = circular });
            }
        }
#pragma warning disable CA1031 // The writer renders these pages again and reports whatever fails there, with its file.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    });
}
