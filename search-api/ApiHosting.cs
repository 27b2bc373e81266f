using System.Threading.RateLimiting;

using GeccPortal.Search.Http;

using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.FileProviders;

using Scalar.AspNetCore;

namespace GeccPortal.SearchApi;

/// <summary>The hosting concerns around the search endpoints: errors, logging, CORS, rate limits, compression, OpenAPI, the site's files.</summary>
public static class ApiHosting
{
    private const string Title = "GECC Portal search API";

    public static WebApplicationBuilder AddApiHosting(this WebApplicationBuilder builder, ApiSettings settings)
    {
        // Room for a 10,000-character Thai query (about 90 KB percent-encoded), so an over-long query gets the
        // API's 400 problem naming the cap rather than Kestrel's bare 414.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 256 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 288 * 1024;
        });
        var services = builder.Services;
        services.AddGeccSearch(settings.Search);
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = Title;
                document.Info.Description = "Thai-aware search over published government circulars (หนังสือเวียน): full text, reference numbers in any spelling, completions.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<SearchApiParameters>();
        });
        services.AddHttpLogging(options =>
        {
            // One structured line per request; the query string is what people searched for, kept for support.
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        services.AddCors(options => options.AddDefaultPolicy(policy =>
            policy.WithOrigins(settings.CorsOrigins).WithMethods("GET").AllowAnyHeader()));
        services.AddRateLimiter(options => ConfigureRateLimiter(options, settings.RateLimit));
        services.AddResponseCompression(options => options.EnableForHttps = true);
        return builder;
    }

    public static WebApplication UseApiHosting(this WebApplication app, ApiSettings settings)
    {
        if (settings.TrustedProxies.Count > 0)
        {
            // First, so the rate limit and the log see the client a trusted proxy names, not the proxy. No hop limit:
            // the middleware walks X-Forwarded-For from the right and stops at the first address it does not trust,
            // so a chain of trusted proxies (a CDN, then nginx) is followed and a client cannot prepend a false one.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = null };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in settings.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(proxy);
            }

            app.UseForwardedHeaders(forwarded);
        }

        // problem+json for every error, never a stack trace; empty 4xx/5xx answers get a problem body too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHttpLogging();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        if (settings.SiteDirectory is { } site)
        {
            app.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider(site) });
        }

        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle(Title));
        app.MapGeccSearch();
        return app;
    }

    /// <summary>
    /// Whose bucket a request takes from: an IPv4 address, or an IPv6 address's /64 (one household or office
    /// network, which can otherwise step through its 2^64 addresses for fresh buckets).
    /// </summary>
    internal static string ClientKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private static void ConfigureRateLimiter(RateLimiterOptions options, RateLimit limit)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = ClientKey(context.Connection.RemoteIpAddress);
            return limit.PerSecond <= 0
                ? RateLimitPartition.GetNoLimiter(client)
                : RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit.Burst,
                    TokensPerPeriod = limit.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
        });
        options.OnRejected = async (context, cancellationToken) =>
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = "1";
            await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Title = "Too many requests", Detail = "Slow down and try again in a second.", Status = StatusCodes.Status429TooManyRequests },
            });
        };
    }
}
