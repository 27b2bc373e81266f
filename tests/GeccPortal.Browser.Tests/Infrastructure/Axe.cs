using System.Text.Json;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, see package.json; tests/setup.sh installs it) injected into the page and run there.
/// Returns the serious and critical violations, one readable line each.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepositoryFolders.NodeModules, "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"{path} is missing: run tests/setup.sh (npm ci in tests/GeccPortal.Browser.Tests)", path);
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }
}
