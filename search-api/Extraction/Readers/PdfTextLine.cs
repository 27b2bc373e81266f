namespace GeccPortal.Extraction.Readers;

/// <summary>
/// One line of a PDF page: its runs of text left to right, where a run ends at a gap too wide to be a word
/// space (the gap between two table cells, or a tab stop).
/// </summary>
internal sealed record PdfTextLine(IReadOnlyList<PdfTextRun> Runs, double Baseline, double Size)
{
    /// <summary>The runs with one space between them: the line as it reads outside a table.</summary>
    public string Text => string.Join(' ', Runs.Select(r => r.Text));
}

/// <summary>Text set without a wide gap, and the horizontal span it covers on the page.</summary>
internal sealed record PdfTextRun(string Text, double Left, double Right);
