using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless: Playwright's own browser download is not reachable here. The flags keep it
/// from calling home, so the request log holds only what the page asked for.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };
}
