using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Search.Http;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="SearchEndpoints.MapGeccSearch"/> needs: the options, the index holder over
    /// <see cref="SearchOptions.IndexDirectory"/>, the watcher that swaps in new generations, the readiness
    /// check, and problem+json responses.
    /// </summary>
    public static IServiceCollection AddGeccSearch(this IServiceCollection services, SearchOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(provider => new IndexHolder<CircularSearcher>(
            options.IndexDirectory,
            () => CircularIndex.ResolveCurrent(options.IndexDirectory),
            generation => CircularSearcher.Open(generation, options.InMemoryIndexMaxBytes),
            provider.GetRequiredService<ILogger<IndexHolder<CircularSearcher>>>(),
            searcher => searcher.SchemaMismatch));
        services.AddSingleton<ISwappableIndex>(provider => provider.GetRequiredService<IndexHolder<CircularSearcher>>());
        services.AddHostedService<IndexWatcher>();
        services.AddHealthChecks().AddCheck<IndexReadinessCheck>("index", tags: [HealthEndpoints.ReadinessTag]);
        services.AddProblemDetails();
        return services;
    }
}
