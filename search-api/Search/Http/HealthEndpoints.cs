using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeccPortal.Search.Http;

/// <summary>Liveness (<c>/healthz</c>: the process answers) and readiness (<c>/readyz</c>: an index is being served).</summary>
public static class HealthEndpoints
{
    public const string ReadinessTag = "ready";

    public static IEndpointRouteBuilder MapGeccHealth(this IEndpointRouteBuilder routes)
    {
        // Liveness runs no check: a missing index must not get the process restarted in a loop.
        routes.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health")
            .DisableRateLimiting();
        routes.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = WriteReadiness,
        })
            .WithTags("Health")
            .DisableRateLimiting();
        return routes;
    }

    private static Task WriteReadiness(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
        {
            status = entry.Value.Status.ToString(),
            description = entry.Value.Description,
        });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }));
    }
}
