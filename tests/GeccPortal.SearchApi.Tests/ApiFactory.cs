using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The real host in memory, over the given index folder, with the given extra settings.</summary>
internal sealed class ApiFactory(string indexDirectory, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Search:IndexDirectory", indexDirectory);
        // Tests fire many requests from one client; the limiter has its own test.
        builder.UseSetting("Search:RateLimit:PerSecond", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
