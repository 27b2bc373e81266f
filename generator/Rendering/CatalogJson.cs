using System.Buffers;
using System.Text.Json;

using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering;

/// <summary>catalog.json: every published circular in a machine-readable form, for other tools and tests.</summary>
public static class CatalogJson
{
    public const string Path = "catalog.json";

    // Written field by field rather than serialised from records: an incremental build writes this file on
    // every change, and the serialiser's start-up took longer than writing 10,000 entries.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = ReadableJson.Encoder,
    };

    public static ReadOnlyMemory<byte> Write(Site site)
    {
        // Sized once for the whole catalog (an entry is under 1 KB): a doubling buffer would take fresh memory many times over.
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1 << 16, site.Circulars.Count * 1024));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Settings.Title);
            json.WriteString("baseUrl", site.Settings.BaseUrl);
            json.WriteStartArray("circulars");
            foreach (var circular in site.Circulars)
            {
                WriteEntry(json, circular, site.Settings);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void WriteEntry(Utf8JsonWriter json, Circular circular, SiteSettings settings)
    {
        json.WriteStartObject();
        json.WriteString("ref", CatalogRef.Of(circular, settings));
        json.WriteString("normalizedRef", circular.Ref?.Normalized);
        json.WriteString("date", Display.IsoDate(circular.Date));
        json.WriteNumber("fiscalYear", circular.FiscalYear);
        json.WriteString("title", Display.NamedTitle(circular));
        json.WriteString("type", circular.Type);
        json.WriteString("urgency", circular.Urgency);
        json.WriteString("agency", circular.AgencyCode);
        json.WriteString("agencyName", circular.AgencyName);
        json.WriteString("url", settings.Link(circular.Url));
        json.WriteStartArray("enclosures");
        foreach (var enclosure in circular.Enclosures)
        {
            json.WriteStartObject();
            json.WriteString("title", enclosure.Title);
            json.WriteString("file", enclosure.File is null ? null : Display.AttachmentHref(circular, enclosure.File, settings));
            if (enclosure.File is { } file)
            {
                json.WriteNumber("size", file.SizeBytes);
            }
            else
            {
                json.WriteNull("size");
            }

            json.WriteString("normalizedRef", enclosure.Ref?.Normalized);
            json.WriteString("url", enclosure.Target is null ? null : settings.Link(enclosure.Target.Url));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
