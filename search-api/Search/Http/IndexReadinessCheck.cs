using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeccPortal.Search.Http;

/// <summary>Ready when a generation is being served; degraded when a newer one failed to open but an older one still serves.</summary>
internal sealed class IndexReadinessCheck(ISwappableIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = index.Status;
        var result = (status.Folder, status.Problem) switch
        {
            (null, var problem) => HealthCheckResult.Unhealthy($"search index unavailable: {problem}"),
            // The generation's name only: /readyz is public, and the server's folders are not the caller's business (the log has them).
            (var folder, null) => HealthCheckResult.Healthy($"serving {Path.GetFileName(folder)}"),
            (var folder, var problem) => HealthCheckResult.Degraded($"serving {Path.GetFileName(folder)}; {problem}"),
        };
        return Task.FromResult(result);
    }
}
