namespace GeccPortal.Extraction;

/// <summary>What a file really is, judged by its bytes (magic numbers), never by its name.</summary>
public enum FileKind
{
    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>Bytes of no format this library reads.</summary>
    Unknown,

    Pdf,

    /// <summary>Word 2007+ (<c>.docx</c>).</summary>
    Docx,

    /// <summary>Excel 2007+ (<c>.xlsx</c>).</summary>
    Xlsx,

    /// <summary>A zip archive that is neither a Word nor an Excel document, or whose directory is unreadable.</summary>
    Zip,

    /// <summary>An OLE compound file holding an encrypted (password-protected) Office document.</summary>
    EncryptedOffice,

    /// <summary>An OLE compound file: Word 97–2003 (<c>.doc</c>) or Excel 97–2003 (<c>.xls</c>).</summary>
    LegacyOffice,

    /// <summary>Plain text (any of UTF-8, UTF-16, TIS-620/Windows-874).</summary>
    Text,

    /// <summary>Plain text named <c>.md</c>.</summary>
    Markdown,

    /// <summary>Plain text named <c>.csv</c>.</summary>
    Csv,

    Png,

    Jpeg,
}
