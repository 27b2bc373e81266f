using System.Text;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GeccPortal.Generator.Serving.LiveReload;

/// <summary>
/// The preview server's live-reload parts: the event stream, the script, HTML pages served with the script
/// added, and the site's 404.html for a missing page.
/// </summary>
public static class LiveReloadEndpoints
{
    public const string EventsPath = "/__gecc/live";

    public const string ScriptPath = "/__gecc/live.js";

    public static void MapLiveReload(this WebApplication app, LiveReloadHub hub)
    {
        app.MapGet(EventsPath, (HttpContext context) => StreamAsync(context, hub));
        app.MapGet(ScriptPath, () => Results.Text(LiveReloadScript.Source, "text/javascript", Encoding.UTF8));
    }

    /// <summary>Serves the site's HTML pages (a folder's index.html included) with the live-reload script added.</summary>
    public static void UseLiveReloadPages(this WebApplication app, string siteFolder, PathString basePath)
    {
        var files = new PhysicalFileProvider(Path.GetFullPath(siteFolder));
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments(basePath, out var rest))
            {
                await next(context);
                return;
            }

            var relative = rest.Value is null or "" or "/" ? "/index.html" : rest.Value.EndsWith('/') ? rest.Value + "index.html" : rest.Value;
            var file = files.GetFileInfo(relative);
            if (!relative.EndsWith(".html", StringComparison.Ordinal) || !file.Exists || file.PhysicalPath is null)
            {
                await next(context);
                return;
            }

            await WritePageAsync(context, file.PhysicalPath, StatusCodes.Status200OK);
        });
    }

    /// <summary>
    /// A missing page gets the site's own 404.html (with the script), as a static host would serve it. It
    /// looks at the response after the rest of the pipeline ran, so the search API's routes are untouched.
    /// </summary>
    public static void UseNotFoundPage(this WebApplication app, string siteFolder) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            var page = Path.Combine(Path.GetFullPath(siteFolder), "404.html");
            if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted
                && HttpMethods.IsGet(context.Request.Method) && File.Exists(page))
            {
                await WritePageAsync(context, page, StatusCodes.Status404NotFound);
            }
        });

    private static async Task WritePageAsync(HttpContext context, string path, int status)
    {
        var html = await File.ReadAllTextAsync(path, context.RequestAborted);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(LiveReloadScript.InjectInto(html), context.RequestAborted);
    }

    private static async Task StreamAsync(HttpContext context, LiveReloadHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        // The stream ends with the request or when the server stops, so stopping never waits on an open page.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var events = hub.Subscribe();
        try
        {
            // A comment first, so the client knows at once that the stream is open.
            await context.Response.WriteAsync(": connected\n\n", end.Token);
            await context.Response.Body.FlushAsync(end.Token);
            await foreach (var message in events.ReadAllAsync(end.Token))
            {
                await context.Response.WriteAsync(message.ToWire(), end.Token);
                await context.Response.Body.FlushAsync(end.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away (or the server is stopping).
        }
        finally
        {
            hub.Unsubscribe(events);
        }
    }
}
