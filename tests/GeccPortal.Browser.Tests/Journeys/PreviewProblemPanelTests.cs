using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Build;
using GeccPortal.Generator.Serving;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// <c>gecc serve</c> as an editor meets it in the browser: a file saved with an error brings a panel over the open
/// page, Thai first as the site is (it was English), read out as an alert, naming the file, line and message; the
/// fix saved, the page reloads without it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PreviewProblemPanelTests(PortalFixture portal)
{
    [Fact]
    public async Task A_content_error_shows_a_Thai_panel_over_the_page_until_it_is_fixed()
    {
        var root = Path.Combine(Path.GetTempPath(), "gecc-preview-panel-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "circulars"));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: ทดสอบ\nbaseUrl: /\ndigits: thai\n");
        var letter = Path.Combine(content, "circulars", "a.md");
        File.WriteAllText(letter, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: ชื่อเดิม\n---\nเนื้อความ\n");
        var options = new BuildOptions(content, Path.Combine(root, "_site"), null);
        try
        {
            await using var preview = await PreviewSession.StartAsync(options, await SiteBuild.RunAsync(options), port: 0, result => result.Succeeded);
            await using var session = await portal.OpenAsync();
            var page = session.Page;
            await page.GotoAsync(preview.Address + "/circulars/a/");
            await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(r => r.name.includes('/__gecc/live'))");
            while (preview.Hub.ListenerCount == 0)
            {
                await Task.Delay(50);
            }

            File.WriteAllText(letter, "---\nref: ไม่ใช่เลข\ndate: 2025-01-07\ntitle: ชื่อเสีย\n---\nเนื้อความ\n");
            var panel = page.GetByRole(AriaRole.Alert);
            await Expect(panel).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("เนื้อหามีข้อผิดพลาด 1 รายการ");
            await Expect(panel.Locator("section")).ToHaveAttributeAsync("lang", "th");
            await Expect(panel.Locator(".gecc-problem.error")).ToContainTextAsync("ไฟล์ content/circulars/a.md บรรทัด 2 คอลัมน์ 1");
            await Expect(panel.Locator(".gecc-problem-message")).ToContainTextAsync("malformed ref");
            Assert.Equal("ชื่อเดิม", (await page.Locator("h1").TextContentAsync())?.Trim());

            File.WriteAllText(letter, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: ชื่อแก้แล้ว\n---\nเนื้อความ\n");
            await Expect(page.Locator("h1")).ToHaveTextAsync("ชื่อแก้แล้ว", new() { Timeout = 60_000 });
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
