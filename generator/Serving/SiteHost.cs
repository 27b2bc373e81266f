using GeccPortal.Generator.Model;
using GeccPortal.Generator.Serving.LiveReload;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Generator.Serving;

/// <summary>
/// Serves a built site folder with Kestrel on loopback, under the site's base path, so links behave as
/// they will once published.
/// </summary>
public static class SiteHost
{
    /// <summary>
    /// Starts serving; port 0 picks a free port. Read the address from <see cref="AddressOf"/>. With
    /// <paramref name="indexFolder"/>, the search API is served too, at site.yml's <c>searchApi</c> path.
    /// </summary>
    /// <param name="liveReload">Set by <c>gecc serve</c>: pages get the live-reload script, missing pages the site's 404.html.</param>
    public static async Task<WebApplication> StartAsync(string siteFolder, SiteSettings settings, int port, string? indexFolder = null, LiveReloadHub? liveReload = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(siteFolder) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        if (indexFolder is not null)
        {
            builder.AddSearch(indexFolder);
        }

        var app = builder.Build();

        var basePath = settings.BasePath.TrimEnd('/');
        if (basePath.Length > 0)
        {
            app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Redirect(settings.BasePath));
        }

        if (liveReload is not null)
        {
            app.MapLiveReload(liveReload);
            app.UseNotFoundPage(siteFolder);
            app.UseLiveReloadPages(siteFolder, basePath);
        }

        app.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(siteFolder)),
            RequestPath = basePath,
            EnableDefaultFiles = true,
            StaticFileOptions = { ContentTypeProvider = new SiteContentTypes() },
        });
        if (indexFolder is not null)
        {
            app.UseSearch(settings);
        }

        await app.StartAsync();
        return app;
    }

    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}
