using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// One test's browser context and page (the browser itself is shared), with every request the page made,
/// so tests can check that nothing went to another host.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _requests = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            lock (_requests)
            {
                _requests.Add(request.Url);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, int width, bool javaScript)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "th-TH",
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
