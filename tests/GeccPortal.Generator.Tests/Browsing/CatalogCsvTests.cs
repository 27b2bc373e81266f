using System.Text;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Browsing;

/// <summary>catalog.csv read back the way a spreadsheet would: BOM, RFC 4180 fields, Thai intact.</summary>
public sealed class CatalogCsvTests : IDisposable
{
    private readonly TestSite _site = new("title: ทดสอบ\nbaseUrl: /gecc/\ndigits: thai\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Csv_has_a_bom_and_reads_back_with_thai_commas_and_quotes_intact()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "'การประชุม, \"ด่วน\" และการรายงาน'",
            "urgency: ด่วนที่สุด\ntags: [งบประมาณ, GECC]");
        _site.WithCircular("content/circulars/b.md", "นพ ๐๐๒๓.๓/ว ๒๗๔", "2024-10-01", "ศูนย์ราชการสะดวก");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var bytes = File.ReadAllBytes(Path.Combine(_site.OutputDirectory, "catalog.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = ReadCsv(new UTF8Encoding(false).GetString(bytes[3..]));

        Assert.Equal(["ref", "normalized_ref", "date", "be_year", "fiscal_year", "title", "type", "urgency", "agency", "agency_name", "tags", "url"], rows[0]);
        Assert.Equal(3, rows.Count);
        var a = rows[1];
        Assert.Equal("มท ๐๘๑๐.๓/ว ๗๖", a[0]);
        Assert.Equal("มท0810.3/ว76", a[1]);
        Assert.Equal("2568", a[3]);
        Assert.Equal("การประชุม, \"ด่วน\" และการรายงาน", a[5]);
        Assert.Equal("ด่วนที่สุด", a[7]);
        Assert.Equal("กระทรวงมหาดไทย", a[9]);
        Assert.Equal("งบประมาณ; GECC", a[10]);
        Assert.Equal("/gecc/circulars/a/", a[11]);
        Assert.Equal(["2024-10-01", "2567", "2568"], rows[2][2..5]);
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
