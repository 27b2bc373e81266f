using GeccPortal.Generator.Model;
using GeccPortal.Search.Http;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeccPortal.Generator.Serving;

/// <summary>
/// The search API inside the preview server, so <c>gecc serve</c> gives a working search page: the same
/// endpoints the production API host maps, over the index the build just wrote.
/// </summary>
public static class SearchMount
{
    private const string ApiRoot = "/api";

    public static void AddSearch(this WebApplicationBuilder builder, string indexFolder) =>
        builder.Services.AddGeccSearch(new SearchOptions { IndexDirectory = Path.GetFullPath(indexFolder) });

    /// <summary>
    /// Maps the endpoints under <c>/api</c>. When site.yml's <c>searchApi</c> is another path on the same origin
    /// (<c>/gecc/api</c>), requests under it are rewritten onto <c>/api</c>; an absolute URL points at a
    /// separately hosted API and is left alone.
    /// </summary>
    public static void UseSearch(this WebApplication app, SiteSettings settings)
    {
        // As in the API host: an unexpected failure answers problem+json, never a stack trace.
        app.UseExceptionHandler();
        var prefix = settings.SearchApi?.TrimEnd('/');
        if (prefix is { Length: > 0 } && prefix.StartsWith('/') && prefix != ApiRoot)
        {
            var mounted = new PathString(prefix);
            app.Use((context, next) =>
            {
                if (context.Request.Path.StartsWithSegments(mounted, out var rest))
                {
                    context.Request.Path = new PathString(ApiRoot).Add(rest);
                }

                return next(context);
            });
        }

        app.MapGeccSearch();
    }
}
