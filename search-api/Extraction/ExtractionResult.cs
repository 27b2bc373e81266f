namespace GeccPortal.Extraction;

/// <summary>
/// What was read from one attachment. Never null text: a file that could not be read has empty
/// <see cref="Text"/>, no <see cref="Blocks"/>, and a warning saying why.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>The file's name (no folder), as the warnings name it.</summary>
    public required string FileName { get; init; }

    /// <summary>What the bytes are, whatever the name says.</summary>
    public required FileKind Kind { get; init; }

    public long SizeBytes { get; init; }

    /// <summary>Pages of a PDF; null for formats without pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>Plain, Thai-repaired text for the index: blocks separated by blank lines, table rows as
    /// <c>header: value; header: value</c>.</summary>
    public string Text { get; init; } = "";

    /// <summary>The structure for the HTML text view, in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];

    /// <summary>True when any of the text came from OCR (say so beside the text view).</summary>
    public bool FromOcr { get; init; }

    /// <summary>True when this result was loaded from the <see cref="ExtractionCache"/>.</summary>
    public bool FromCache { get; init; }

    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];
}
