using System.IO.Compression;
using System.Text;

namespace GeccPortal.Extraction.Tests;

/// <summary>
/// Minimal .docx packages written on the fly around a body of WordprocessingML, laid out as Word writes
/// them (content types, package and document relationships), for shapes LibreOffice's export never makes.
/// </summary>
internal static class WordPackages
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "mc:Ignorable=\"wps\"";

    public static byte[] WithBody(string bodyXml)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
                "</Relationships>");
            Add(zip, "word/document.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
        }

        return buffer.ToArray();
    }

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string Cell(string content) => $"<w:tc>{content}</w:tc>";

    public static string Row(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    public static string Table(params string[] rows) => $"<w:tbl>{string.Concat(rows)}</w:tbl>";

    /// <summary>
    /// A paragraph with <paramref name="anchorText"/> anchoring a text box, written as Word 2010+ does: a
    /// drawing shape, and the same box again as VML for older readers, inside mc:AlternateContent.
    /// </summary>
    public static string ParagraphWithTextBox(string anchorText, string boxXml) =>
        "<w:p><w:r><w:t xml:space=\"preserve\">" + anchorText + "</w:t></w:r><w:r><mc:AlternateContent>" +
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"1828800\" cy=\"914400\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        "<wps:wsp><wps:txbx><w:txbxContent>" + boxXml + "</w:txbxContent></wps:txbx></wps:wsp>" +
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + boxXml + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>" +
        "</mc:AlternateContent></w:r></w:p>";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
