using System.Diagnostics.CodeAnalysis;

using GeccPortal.Search.Http;

namespace GeccPortal.SearchApi;

/// <summary>
/// The host's settings, from configuration section <c>Search</c> or the command line
/// (<c>--index DIR --site DIR --cors-origin https://a,https://b</c>).
/// </summary>
public sealed record ApiSettings(SearchOptions Search, string? SiteDirectory, string[] CorsOrigins, RateLimit RateLimit)
{
    /// <summary>Short command-line switches for the configuration keys an operator sets most.</summary>
    public static readonly IDictionary<string, string> CommandLineSwitches = new Dictionary<string, string>
    {
        ["--index"] = "Search:IndexDirectory",
        ["--site"] = "Search:SiteDirectory",
        ["--cors-origin"] = "Search:CorsOrigins",
    };

    /// <summary>Reads the settings, or says which one is missing.</summary>
    public static bool TryRead(IConfiguration configuration, [NotNullWhen(true)] out ApiSettings? settings, out string error)
    {
        var section = configuration.GetSection("Search");
        var index = section["IndexDirectory"];
        if (string.IsNullOrWhiteSpace(index))
        {
            settings = null;
            error = "no index folder given: run with --index DIR (or set Search:IndexDirectory)";
            return false;
        }

        var site = section["SiteDirectory"];
        error = "";
        settings = new ApiSettings(
            new SearchOptions { IndexDirectory = Path.GetFullPath(index) },
            string.IsNullOrWhiteSpace(site) ? null : Path.GetFullPath(site),
            ReadOrigins(section.GetSection("CorsOrigins")),
            new RateLimit(
                section.GetValue("RateLimit:PerSecond", RateLimit.Default.PerSecond),
                section.GetValue("RateLimit:Burst", RateLimit.Default.Burst)));
        return true;
    }

    // Either a list (appsettings.json) or one comma-separated value (command line, environment).
    private static string[] ReadOrigins(IConfigurationSection section) =>
        [.. (section.Value is { } single ? [single] : section.GetChildren().Select(child => child.Value ?? ""))
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}

/// <summary>Requests per second each client IP may make on average, and how many it may make at once; 0 per second turns the limit off.</summary>
public sealed record RateLimit(int PerSecond, int Burst)
{
    // Generous: a whole office behind one NAT address typing search-as-you-type queries stays under it.
    public static readonly RateLimit Default = new(50, 200);
}
