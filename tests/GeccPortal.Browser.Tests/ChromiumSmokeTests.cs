using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests;

public class ChromiumSmokeTests
{
    [Fact]
    public async Task Debian_chromium_renders_thai()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Infrastructure.Chromium.LaunchOptions);
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<html lang=th><body><h1>หนังสือเวียน</h1></body></html>");
        Assert.Equal("หนังสือเวียน", await page.InnerTextAsync("h1"));
    }
}
