using GeccPortal.Browser.Tests.Infrastructure;
using GeccPortal.Generator.Serving;
using GeccPortal.Generator.Tests.Support;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// An image attached to a letter, as a reader on a phone meets it: shown below the letter, named by its title,
/// loaded only when scrolled near, never wider than the text, and left off the printed letter.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AttachedImageTests(PortalFixture portal)
{
    [Fact]
    public async Task At_320_px_an_attached_image_fits_the_text_loads_when_near_and_is_named_by_its_title()
    {
        var content = Path.Combine(Path.GetTempPath(), "gecc-image-content-" + Guid.NewGuid().ToString("N"));
        var letter = Path.Combine(content, "circulars", "flood");
        Directory.CreateDirectory(letter);
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: ทดสอบภาพ\nbaseUrl: /\ndigits: thai\n");
        File.WriteAllText(Path.Combine(letter, "index.md"),
            "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: การช่วยเหลือผู้ประสบอุทกภัย\nenclosures:\n  - title: แผนที่จุดรับบริจาค\n    file: map.png\n---\n"
            + string.Concat(Enumerable.Repeat("ขอความร่วมมือหน่วยงานในสังกัดรับบริจาคสิ่งของช่วยเหลือผู้ประสบอุทกภัย\n\n", 30)));
        File.WriteAllBytes(Path.Combine(letter, "map.png"), TestImages.Png(1200, 800));
        using var site = await BuiltSite.BuildAsync(content);
        var host = await SiteHost.StartAsync(site.SiteFolder, site.Site.Settings, 0, null);
        try
        {
            await using var session = await portal.OpenAsync(width: 320);
            var page = session.Page;
            await page.GotoAsync(SiteHost.AddressOf(host) + "/circulars/flood/");

            var image = page.GetByRole(AriaRole.Img, new() { Name = "แผนที่จุดรับบริจาค" });
            await Expect(image).ToHaveAttributeAsync("loading", "lazy");
            // Far below a phone's first screen: not fetched until scrolled near.
            Assert.DoesNotContain(session.Requests, url => url.EndsWith("/map.png", StringComparison.Ordinal));

            await image.ScrollIntoViewIfNeededAsync();
            await Expect(image).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('.attached-image img'); return i.complete && i.naturalWidth > 0; }");
            var widths = await image.EvaluateAsync<double[]>("i => [i.getBoundingClientRect().width, i.closest('main').clientWidth, document.documentElement.scrollWidth, i.getBoundingClientRect().height]");
            Assert.InRange(widths[0], 100, widths[1]);
            Assert.Equal(320, widths[2]);
            // Scaled, not squashed: 1200 × 800 keeps its shape.
            Assert.InRange(widths[3] / widths[0], 0.64, 0.70);

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator(".attached-images")).ToBeHiddenAsync();
        }
        finally
        {
            await host.StopAsync();
            await host.DisposeAsync();
            Directory.Delete(content, recursive: true);
        }
    }
}
