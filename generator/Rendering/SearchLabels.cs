using System.Text.Json;

using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// The names the search page shows for the API's facet values (agency codes and type keys), as JSON
/// embedded in the page: only the agencies that have circulars, so the page stays small.
/// </summary>
public static class SearchLabels
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = ReadableJson.Encoder };

    public static string Json(Site site)
    {
        var agencies = site.Circulars
            .Where(c => c.AgencyName is not null)
            .GroupBy(c => c.AgencyCode!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().AgencyName!, StringComparer.Ordinal);
        return JsonSerializer.Serialize(new { agency = agencies, type = CircularTypes.Labels }, Options);
    }
}
