using System.Diagnostics.CodeAnalysis;

using GeccPortal.Search.Http;
using GeccPortal.Search.Querying;

namespace GeccPortal.SearchApi;

/// <summary>
/// The host's settings, from configuration section <c>Search</c> or the command line
/// (<c>--index DIR --site DIR --cors-origin https://a,https://b</c>).
/// </summary>
public sealed record ApiSettings(SearchOptions Search, string? SiteDirectory, string[] CorsOrigins, RateLimit RateLimit)
{
    /// <summary>
    /// Addresses or networks (<c>127.0.0.1</c>, <c>10.0.0.0/8</c>) of reverse proxies whose
    /// <c>X-Forwarded-For</c> names the real client: behind one, every visitor would otherwise share the proxy's
    /// address, and so one rate limit. Empty: the header is ignored, so no client can pose as another.
    /// </summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Short command-line switches for the configuration keys an operator sets most.</summary>
    public static readonly IDictionary<string, string> CommandLineSwitches = new Dictionary<string, string>
    {
        ["--index"] = "Search:IndexDirectory",
        ["--site"] = "Search:SiteDirectory",
        ["--cors-origin"] = "Search:CorsOrigins",
        ["--trusted-proxy"] = "Search:TrustedProxies",
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
        var proxies = new List<System.Net.IPNetwork>();
        foreach (var proxy in ReadList(section.GetSection("TrustedProxies")))
        {
            if (TrustedNetwork(proxy) is not { } network)
            {
                settings = null;
                error = $"trusted proxy '{proxy}' is neither an IP address nor a network such as 10.0.0.0/8 (--trusted-proxy, Search:TrustedProxies)";
                return false;
            }

            proxies.Add(network);
        }

        if (!TryReadCount(section, "RateLimit:PerSecond", RateLimit.Default.PerSecond, out var perSecond, out error)
            || !TryReadCount(section, "RateLimit:Burst", RateLimit.Default.Burst, out var burst, out error)
            || !TryReadCount(section, "InMemoryIndexMaxMB", (int)(GenerationDirectory.DefaultInMemoryMaxBytes >> 20), out var inMemoryMB, out error))
        {
            settings = null;
            return false;
        }

        // While a new generation opens the old one still serves: two copies must fit in the heap with room to spare,
        // or opening the new one fails for lack of memory and the old one is served on (see the host's project file).
        var heapMB = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20;
        if ((2L * inMemoryMB) + RequestHeadroomMB > heapMB)
        {
            settings = null;
            error = $"Search:InMemoryIndexMaxMB {inMemoryMB}: two generations of that size (a new one opens while the old one serves) and {RequestHeadroomMB} MB for requests do not fit in the heap's {heapMB} MB; set at most {Math.Max(0, (heapMB - RequestHeadroomMB) / 2)}, or raise the heap ceiling with DOTNET_GCHeapHardLimit (bytes, hexadecimal)";
            return false;
        }

        settings = new ApiSettings(
            new SearchOptions { IndexDirectory = Path.GetFullPath(index), InMemoryIndexMaxBytes = (long)inMemoryMB << 20 },
            string.IsNullOrWhiteSpace(site) ? null : Path.GetFullPath(site),
            ReadList(section.GetSection("CorsOrigins")),
            new RateLimit(perSecond, burst))
        {
            TrustedProxies = proxies,
        };
        return true;
    }

    /// <summary>Heap left beside two in-memory generations for requests, caches and the query tables.</summary>
    private const long RequestHeadroomMB = 192;

    /// <summary>A whole number, 0 or more, or the default when not set; anything else is an error naming the setting.</summary>
    private static bool TryReadCount(IConfigurationSection section, string key, int defaultValue, out int value, out string error)
    {
        var text = section[key];
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            value = defaultValue;
            return true;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        error = $"Search:{key} must be a whole number, 0 or more, not '{text}'";
        return false;
    }

    /// <summary>
    /// An address (one host) or a network in CIDR form. IPv4 must be written out in four decimal parts: the
    /// parser's older forms (<c>10</c> for 0.0.0.10, <c>192.168.1</c> for 192.168.0.1, octal, hex) are surely typos here.
    /// </summary>
    private static System.Net.IPNetwork? TrustedNetwork(string text)
    {
        // IPv4 exactly as the parser writes it back: four decimal parts, no leading zeros (which it reads as
        // octal: 192.168.010.0 is 192.168.8.0) and no hexadecimal.
        var address = text.Split('/')[0];
        if (!System.Net.IPAddress.TryParse(address, out var host)
            || (host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && host.ToString() != address))
        {
            return null;
        }

        if (address.Length == text.Length)
        {
            return new System.Net.IPNetwork(host, host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        return System.Net.IPNetwork.TryParse(text, out var network) ? network : null;
    }

    // Either a list (appsettings.json) or one comma-separated value (command line, environment).
    private static string[] ReadList(IConfigurationSection section) =>
        [.. (section.Value is { } single ? [single] : section.GetChildren().Select(child => child.Value ?? ""))
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}

/// <summary>Requests per second each client IP may make on average, and how many it may make at once; 0 per second turns the limit off.</summary>
public sealed record RateLimit(int PerSecond, int Burst)
{
    // Generous: a whole office behind one NAT address typing search-as-you-type queries stays under it.
    public static readonly RateLimit Default = new(50, 200);
}
