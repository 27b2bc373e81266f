using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering;

/// <summary>catalog.json: every published circular in a machine-readable form, for other tools and tests.</summary>
public static class CatalogJson
{
    // Source-generated metadata: an incremental build writes this file on every change, and reflection-based
    // serialisation spent longer discovering the types than writing 10,000 entries.
    private static readonly CatalogJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Thai stays readable in the file; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static string Write(Site site) => JsonSerializer.Serialize(new CatalogDocument(
        site.Settings.Title,
        site.Settings.BaseUrl,
        [.. site.Circulars.Select(c => Entry(c, site.Settings))]), Context.CatalogDocument);

    private static CatalogEntry Entry(Circular circular, SiteSettings settings) => new(
        circular.RefText,
        circular.Ref.Normalized,
        circular.Date.ToString("yyyy-MM-dd"),
        circular.FiscalYear,
        circular.Title,
        circular.Type,
        circular.Urgency,
        circular.Ref.Agency,
        circular.AgencyName,
        settings.Link(circular.Url),
        [.. circular.Enclosures.Select(e => new CatalogEnclosure(
            e.Title,
            e.File is null ? null : Display.AttachmentHref(circular, e.File, settings),
            e.File?.SizeBytes,
            e.Ref?.Normalized,
            e.Target is null ? null : settings.Link(e.Target.Url)))]);

    internal sealed record CatalogDocument(string Title, string BaseUrl, IReadOnlyList<CatalogEntry> Circulars);

    internal sealed record CatalogEntry(
        string Ref, string NormalizedRef, string Date, int FiscalYear, string Title, string Type, string? Urgency,
        string Agency, string? AgencyName, string Url, IReadOnlyList<CatalogEnclosure> Enclosures);

    internal sealed record CatalogEnclosure(string Title, string? File, long? Size, string? NormalizedRef, string? Url);
}

[JsonSerializable(typeof(CatalogJson.CatalogDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
