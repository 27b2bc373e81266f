using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// The names the search page shows for the API's facet values (agency codes and type keys), as JSON
/// embedded in the page: only the agencies that have circulars, so the page stays small.
/// </summary>
public static class SearchLabels
{
    // Thai stays readable; '<', '>' and '&' are still escaped, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(Site site)
    {
        var agencies = site.Circulars
            .Where(c => c.AgencyName is not null)
            .GroupBy(c => c.Ref.Agency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().AgencyName!, StringComparer.Ordinal);
        return JsonSerializer.Serialize(new { agency = agencies, type = CircularTypes.Labels }, Options);
    }
}
