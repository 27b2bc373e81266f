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

    [Fact]
    public async Task Every_rows_ref_reads_back_as_its_normalized_ref_also_for_orders_numbered_under_their_heading()
    {
        // Orders and announcements numbered with no agency letters: the ref as typed (ที่ ๔๕/๒๕๖๘) names no issuer.
        _site.WithCircular("content/circulars/order.md", "ที่ ๔๕/๒๕๖๘", "2025-02-10", "แต่งตั้งคณะกรรมการ", "type: order\nissuer: จังหวัดนครพนม")
            .WithCircular("content/circulars/short.md", "๔๖/๒๕๖๘", "2025-02-11", "แต่งตั้งคณะทำงาน", "type: order\nissuer: จ.นครพนม")
            .WithCircular("content/circulars/district.md", "ที่ ๕/๒๕๖๘", "2025-01-15", "รับสมัคร", "type: announcement\nissuer: สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑")
            .WithCircular("content/circulars/full.md", "คำสั่งจังหวัดนครพนม ที่ 47/2568", "2025-02-12", "มอบหมายงาน", "type: order\nissuer: จังหวัดนครพนม")
            .WithCircular("content/circulars/letter.md", "มท0810.3/ว76", "2025-01-07", "หนังสือกรม");
        Assert.Empty(TestSite.Messages(await _site.BuildAsync()));

        var rows = ReadCsv(File.ReadAllText(Path.Combine(_site.OutputDirectory, "catalog.csv")));
        var byUrl = rows.Skip(1).ToDictionary(row => row[11], row => (Ref: row[0], Normalized: row[1]));
        Assert.Equal(("คำสั่งจังหวัดนครพนม ที่ ๔๕/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่45/2568"), byUrl["/gecc/circulars/order/"]);
        Assert.Equal("คำสั่งจังหวัดนครพนมที่46/2568", byUrl["/gecc/circulars/short/"].Normalized);
        Assert.Equal(("ประกาศสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "ประกาศสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1ที่5/2568"),
            byUrl["/gecc/circulars/district/"]);
        // A ref that names its letter by itself stays as written.
        Assert.Equal(("คำสั่งจังหวัดนครพนม ที่ 47/2568", "คำสั่งจังหวัดนครพนมที่47/2568"), byUrl["/gecc/circulars/full/"]);
        Assert.Equal(("มท0810.3/ว76", "มท0810.3/ว76"), byUrl["/gecc/circulars/letter/"]);

        // What a machine does with the columns: read the ref and match it to the key, as search's lookup does.
        foreach (var (written, normalized) in byUrl.Values)
        {
            Assert.True(GeccPortal.Thai.CircularRef.TryParse(written, out var parsed), written);
            Assert.Equal(normalized, parsed.Normalized);
        }

        // catalog.json gives the same.
        using var json = System.Text.Json.JsonDocument.Parse(_site.ReadOutput("catalog.json"));
        foreach (var entry in json.RootElement.GetProperty("circulars").EnumerateArray())
        {
            var row = byUrl[entry.GetProperty("url").GetString()!];
            Assert.Equal(row.Ref, entry.GetProperty("ref").GetString());
            Assert.Equal(row.Normalized, entry.GetProperty("normalizedRef").GetString());
        }
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
