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

    public static byte[] Write(Site site)
    {
        var text = new StringBuilder(site.Circulars.Count * 256);
        AppendRow(text, Header);
        foreach (var c in site.Circulars)
        {
            AppendRow(text,
            [
                c.RefText, c.Ref.Normalized, c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ThaiDates.BuddhistYear(c.Date).ToString(CultureInfo.InvariantCulture), c.FiscalYear.ToString(CultureInfo.InvariantCulture),
                c.Title, c.Type, c.Urgency ?? "", c.Ref.Agency, c.AgencyName ?? "", string.Join("; ", c.Tags), site.Settings.Link(c.Url),
            ]);
        }

        var preamble = Encoding.UTF8.Preamble;
        var csv = text.ToString();
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(csv)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(csv, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    private static void AppendRow(StringBuilder text, ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Quote(fields[i]));
        }

        text.Append("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
