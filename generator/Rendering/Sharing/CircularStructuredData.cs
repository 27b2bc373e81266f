using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Sharing;

/// <summary>
/// schema.org JSON-LD for one circular: an <c>Article</c> whose identifier is the reference number, published
/// by the agency (a <c>GovernmentOrganization</c>), citing the letters it refers to or encloses.
/// </summary>
public static class CircularStructuredData
{
    // Thai stays readable; '<', '>' and '&' are escaped, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(Circular circular, Site site)
    {
        var settings = site.Settings;
        var publisher = circular.AgencyName ?? FirstLine(circular.Issuer);
        var cited = circular.References.Select(r => (r.RefText, r.Target))
            .Concat(circular.Enclosures.Where(e => e.RefText is not null).Select(e => (RefText: e.RefText!, e.Target)))
            .Select(c => WithoutNulls(new()
            {
                ["@type"] = "CreativeWork",
                ["identifier"] = c.RefText,
                ["url"] = c.Target is null ? null : AbsoluteUrls.For(settings, c.Target.Url),
            }))
            .ToList();
        var document = WithoutNulls(new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = circular.Title,
            ["identifier"] = Display.Ref(circular.Ref, settings),
            ["datePublished"] = circular.Date.ToString("yyyy-MM-dd"),
            ["inLanguage"] = "th",
            ["genre"] = circular.TypeLabel,
            ["url"] = AbsoluteUrls.For(settings, circular.Url),
            ["publisher"] = publisher is null ? null : WithoutNulls(new() { ["@type"] = "GovernmentOrganization", ["name"] = publisher }),
            ["author"] = circular.Signer?.Name is { } name
                ? WithoutNulls(new() { ["@type"] = "Person", ["name"] = name, ["jobTitle"] = FirstLine(circular.Signer.Position) })
                : null,
            ["keywords"] = circular.Tags.Count > 0 ? string.Join(", ", circular.Tags) : null,
            ["citation"] = cited.Count > 0 ? cited : null,
        });
        return JsonSerializer.Serialize(document, Options);
    }

    // Absent facts are left out rather than written as null, as schema.org consumers expect.
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary();

    private static string? FirstLine(string? text) => text?.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? line : null;
}
