using GeccPortal.Generator.Serving;

using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Built once for the whole suite: the repository's content/ built into a temp folder and served with its
/// search API by the same host <c>gecc serve</c> uses, on a free loopback port; the same site served without
/// the API (search down); a small site with an attachment; a small site with search where a running number
/// recurs; a small site of letters in the official form's shapes; and one headless Chromium.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly List<WebApplication> _hosts = [];
    private string? _attachmentContent;
    private string? _recurringContent;
    private string? _letterFormContent;
    private IPlaywright? _playwright;

    public BuiltSite Seeds { get; private set; } = null!;

    public BuiltSite AttachmentSite { get; private set; } = null!;

    /// <summary>The seed site with working search, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Portal { get; private set; } = "";

    /// <summary>The same seed site, served with no search API behind it.</summary>
    public string PortalWithoutApi { get; private set; } = "";

    public string AttachmentPortal { get; private set; } = "";

    /// <summary>A small site with search, where one running number recurs in two years (<see cref="RecurringRefContent"/>).</summary>
    public BuiltSite RecurringSite { get; private set; } = null!;

    public string RecurringPortal { get; private set; } = "";

    /// <summary>Letters with one and with two references and enclosures (<see cref="LetterFormContent"/>), served without search.</summary>
    public BuiltSite LetterFormSite { get; private set; } = null!;

    public string LetterFormPortal { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Seeds = await BuiltSite.BuildAsync(RepositoryFolders.Content);
        _attachmentContent = AttachmentContent.Write();
        AttachmentSite = await BuiltSite.BuildAsync(_attachmentContent);
        _recurringContent = RecurringRefContent.Write();
        RecurringSite = await BuiltSite.BuildAsync(_recurringContent);
        _letterFormContent = LetterFormContent.Write();
        LetterFormSite = await BuiltSite.BuildAsync(_letterFormContent);

        Portal = await ServeAsync(Seeds, withApi: true);
        PortalWithoutApi = await ServeAsync(Seeds, withApi: false);
        AttachmentPortal = await ServeAsync(AttachmentSite, withApi: false);
        RecurringPortal = await ServeAsync(RecurringSite, withApi: true);
        LetterFormPortal = await ServeAsync(LetterFormSite, withApi: false);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A fresh context and page: 1280 px wide unless asked otherwise.</summary>
    public Task<BrowserSession> OpenAsync(int width = 1280, bool javaScript = true) =>
        BrowserSession.OpenAsync(Browser, width, javaScript);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        Seeds?.Dispose();
        AttachmentSite?.Dispose();
        RecurringSite?.Dispose();
        LetterFormSite?.Dispose();
        foreach (var content in new[] { _attachmentContent, _recurringContent, _letterFormContent })
        {
            if (content is not null && Directory.Exists(content))
            {
                Directory.Delete(content, recursive: true);
            }
        }
    }

    private async Task<string> ServeAsync(BuiltSite site, bool withApi)
    {
        var host = await SiteHost.StartAsync(site.SiteFolder, site.Site.Settings, 0, withApi ? site.IndexFolder : null);
        _hosts.Add(host);
        return SiteHost.AddressOf(host) + site.Site.Settings.BasePath;
    }
}

/// <summary>Every browser test shares one built site, its hosts and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
