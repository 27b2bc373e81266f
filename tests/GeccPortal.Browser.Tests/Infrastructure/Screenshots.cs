using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>Full-page screenshots of a journey's last page, on a 1280 px desktop and a 390 px phone, kept as test artifacts.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string journey)
    {
        Directory.CreateDirectory(RepositoryFolders.Screenshots);
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            // Web fonts first: a screenshot taken before Sarabun arrives would show the fallback font.
            await page.EvaluateAsync("() => document.fonts.ready");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(RepositoryFolders.Screenshots, $"{journey}-{device}.png"),
                FullPage = true,
            });
        }
    }
}
