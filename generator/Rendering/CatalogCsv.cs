using System.Globalization;
using System.Text;

using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// catalog.csv: the rows of catalog.json for spreadsheets. UTF-8 with a byte order mark (without it Excel
/// reads Thai as Windows-874 mojibake), CRLF line ends and RFC 4180 quoting, so a title holding a comma,
/// a quote or a line break stays one field.
/// </summary>
public static class CatalogCsv
{
    public const string Path = "catalog.csv";

    private static readonly string[] Header =
        ["ref", "normalized_ref", "date", "be_year", "fiscal_year", "title", "type", "urgency", "agency", "agency_name", "tags", "url"];

    public static ReadOnlyMemory<byte> Write(Site site)
    {
        // Straight to UTF-8 in one buffer sized for the catalog (a row is some 450 bytes), not through a
        // string and a copy of it: an incremental build writes this file on every change.
        var bytes = new MemoryStream(Math.Max(1 << 16, site.Circulars.Count * 512));
        using (var text = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true))
        {
            WriteRow(text, Header);
            foreach (var c in site.Circulars)
            {
                WriteRow(text,
                [
                    CatalogRef.Of(c, site.Settings) ?? "", c.Ref?.Normalized ?? "", Display.IsoDate(c.Date),
                    ThaiDates.BuddhistYear(c.Date).ToString(CultureInfo.InvariantCulture), c.FiscalYear.ToString(CultureInfo.InvariantCulture),
                    Display.NamedTitle(c), c.Type, c.Urgency ?? "", c.AgencyCode ?? "", c.AgencyName ?? "", string.Join("; ", c.Tags), site.Settings.Link(c.Url),
                ]);
            }
        }

        return new ReadOnlyMemory<byte>(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    private static void WriteRow(StreamWriter text, ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Write(',');
            }

            text.Write(Quote(fields[i]));
        }

        text.Write("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
