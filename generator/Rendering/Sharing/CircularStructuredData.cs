using System.Buffers;
using System.Text;
using System.Text.Json;

using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering.Sharing;

/// <summary>
/// schema.org JSON-LD for one circular: an <c>Article</c> whose identifier is the reference number, published
/// by the agency (a <c>GovernmentOrganization</c>), citing the letters it refers to or encloses.
/// </summary>
public static class CircularStructuredData
{
    // Written field by field: the reflection-based serialiser cost a small rebuild some 150 methods compiled
    // at run time (its converters and emitted accessors) for one page.
    private static readonly JsonWriterOptions Options = new() { Encoder = ReadableJson.Encoder };

    public static string Json(Circular circular, Site site)
    {
        var settings = site.Settings;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Article");
            json.WriteString("headline", circular.Title);
            WriteIfPresent(json, "identifier", circular.Ref is null ? null : Display.Ref(circular.Ref, settings));
            json.WriteString("datePublished", Display.IsoDate(circular.Date));
            json.WriteString("inLanguage", "th");
            json.WriteString("genre", circular.TypeLabel);
            WriteIfPresent(json, "url", AbsoluteUrls.For(settings, circular.Url));
            if ((circular.AgencyName ?? FirstLine(circular.Issuer)) is { } publisher)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "GovernmentOrganization");
                json.WriteString("name", publisher);
                json.WriteEndObject();
            }

            if (circular.Signer?.Name is { } name)
            {
                json.WriteStartObject("author");
                json.WriteString("@type", "Person");
                json.WriteString("name", name);
                // A position runs over lines ("รองอธิบดี ปฏิบัติราชการแทน" / "อธิบดีกรม…"): cut at the first, the title would end on "acting for".
                WriteIfPresent(json, "jobTitle", OneLine(circular.Signer.Position));
                json.WriteEndObject();
            }

            if (circular.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", circular.Tags));
            }

            var cited = circular.References.Where(r => r.RefText is not null).Select(r => (RefText: r.RefText!, r.Target))
                .Concat(circular.Enclosures.Where(e => e.RefText is not null).Select(e => (RefText: e.RefText!, e.Target)))
                .ToList();
            if (cited.Count > 0)
            {
                json.WriteStartArray("citation");
                foreach (var (refText, target) in cited)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "CreativeWork");
                    json.WriteString("identifier", refText);
                    WriteIfPresent(json, "url", target is null ? null : AbsoluteUrls.For(settings, target.Url));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Absent facts are left out rather than written as null, as schema.org consumers expect.
    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Every line of <paramref name="text"/>, trimmed, joined by spaces; null when there is none.</summary>
    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) is { Length: > 0 } line ? line : null;

    private static string? FirstLine(string? text) => text?.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? line : null;
}
