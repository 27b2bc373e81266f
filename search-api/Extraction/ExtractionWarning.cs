namespace GeccPortal.Extraction;

/// <summary>Why a warning was raised; lets a caller group warnings and decides what may be cached.</summary>
public enum WarningKind
{
    /// <summary>The file is damaged, truncated, encrypted or of an unsupported format: no text was read.</summary>
    Unreadable,

    /// <summary>The file's name says one format and its bytes another; it was read as what it is.</summary>
    Mislabelled,

    /// <summary>A limit (size, pages, characters) cut the reading short; the text is partial.</summary>
    LimitReached,

    /// <summary>The file needs OCR but tesseract, its Thai model or pdftoppm is missing.</summary>
    OcrUnavailable,

    /// <summary>The per-file time limit ran out.</summary>
    TimedOut,

    /// <summary>The file was read but holds no text.</summary>
    NoText,
}

/// <summary>A problem with one file, worded for the person who published it.</summary>
public sealed record ExtractionWarning(string FileName, WarningKind Kind, string Reason)
{
    /// <summary>Warnings that depend on this machine or this run rather than on the file's bytes.</summary>
    public bool IsTransient => Kind is WarningKind.OcrUnavailable or WarningKind.TimedOut;

    public override string ToString() => $"{FileName}: warning: {Reason}";
}
