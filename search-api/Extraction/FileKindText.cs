using GeccPortal.Extraction.Detection;

namespace GeccPortal.Extraction;

/// <summary>How warnings name a kind of file, and why a kind is not read.</summary>
internal static class FileKindText
{
    public static string Unsupported(FileKind kind, string path) => kind switch
    {
        FileKind.Empty => "file is empty (0 bytes)",
        FileKind.Zip when FileKindDetector.ExpectedFromName(path) is FileKind.Docx or FileKind.Xlsx =>
            "Office file is damaged or truncated: its zip directory cannot be read or holds no Word/Excel document",
        FileKind.EncryptedOffice => "Office document is encrypted with a password; its text cannot be read",
        FileKind.LegacyOffice => "old binary Word/Excel format (.doc/.xls) is not read; save it as .docx/.xlsx or PDF",
        FileKind.Zip => "zip archive that is not a Word or Excel document, or is damaged or truncated",
        _ => "not a format whose text can be read (PDF, .docx, .xlsx, .txt, .md, .csv, .png, .jpg)",
    };

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pdf => "a PDF",
        FileKind.Docx => "a Word document (.docx)",
        FileKind.Xlsx => "an Excel workbook (.xlsx)",
        FileKind.Png => "a PNG image",
        FileKind.Jpeg => "a JPEG image",
        FileKind.Text or FileKind.Markdown or FileKind.Csv => "plain text",
        FileKind.EncryptedOffice => "an encrypted Office document",
        FileKind.LegacyOffice => "an old binary Word/Excel file",
        _ => "the file",
    };
}
