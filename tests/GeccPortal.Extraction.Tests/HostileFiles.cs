using System.IO.Compression;
using System.Text;

namespace GeccPortal.Extraction.Tests;

/// <summary>Hostile files, made on the fly rather than committed.</summary>
internal static class HostileFiles
{
    /// <summary>
    /// A zip posing as a .docx whose word/document.xml inflates to <paramref name="uncompressedBytes"/>.
    /// When <paramref name="lie"/> is set, both zip headers claim the entry is 1 KB.
    /// </summary>
    public static byte[] ZipBombDocx(long uncompressedBytes, bool lie)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long written = 0; written < uncompressedBytes; written += chunk.Length)
            {
                document.Write(chunk);
            }
        }

        var bytes = buffer.ToArray();
        if (lie)
        {
            PatchUncompressedSize(bytes, "word/document.xml", 1024);
        }

        return bytes;
    }

    /// <summary>
    /// A one-page PDF whose content stream's /Length is reached through a chain of
    /// <paramref name="depth"/> indirect references (1 0 R → 2 0 R → …).
    /// </summary>
    public static byte[] PdfWithReferenceChain(int depth)
    {
        const string content = "BT /F1 12 Tf 72 720 Td (Hello chain) Tj ET";
        var objects = new Dictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            [3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            [4] = $"<< /Length 6 0 R >>\nstream\n{content}\nendstream",
            [5] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < depth; i++)
        {
            objects[6 + i] = $"{7 + i} 0 R";
        }

        objects[6 + depth] = content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WritePdf(objects);
    }

    /// <summary>A one-page PDF whose font dictionary holds arrays nested <paramref name="depth"/> deep.</summary>
    public static byte[] PdfWithNestedArrays(int depth)
    {
        const string content = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET";
        return WritePdf(new Dictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            [3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            [4] = $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            [5] = $"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Junk {new string('[', depth)}{new string(']', depth)} >>",
        });
    }

    private static byte[] WritePdf(Dictionary<int, string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (number, body) in objects.OrderBy(o => o.Key))
        {
            offsets[number] = pdf.Length;
            pdf.Append(number).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var xref = pdf.Length;
        var size = objects.Keys.Max() + 1;
        pdf.Append("xref\n0 ").Append(size).Append("\n0000000000 65535 f \n");
        for (var number = 1; number < size; number++)
        {
            pdf.Append(offsets[number].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(size).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>Overwrites the uncompressed size of an entry in its local header and its central directory record.</summary>
    private static void PatchUncompressedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
            }
        }
    }
}
