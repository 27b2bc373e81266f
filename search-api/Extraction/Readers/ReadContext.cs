namespace GeccPortal.Extraction.Readers;

/// <summary>
/// What a reader is given and what it fills: the file, the limits, and the blocks and warnings found so far.
/// Readers add raw text; the extractor repairs it afterwards. Blocks stop being accepted once the character
/// budget is spent, so a huge document cannot exhaust memory.
/// </summary>
internal sealed class ReadContext(string path, ExtractionOptions options, CancellationToken cancellationToken)
{
    private readonly List<DocumentBlock> blocks = [];
    private readonly List<ExtractionWarning> warnings = [];
    private long chars;

    public string Path { get; } = path;

    public string FileName { get; } = System.IO.Path.GetFileName(path);

    public ExtractionOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public int? PageCount { get; set; }

    public bool FromOcr { get; set; }

    /// <summary>True once <see cref="ExtractionOptions.MaxTextChars"/> has been reached; readers should stop.</summary>
    public bool IsFull { get; private set; }

    public void Add(DocumentBlock block)
    {
        lock (blocks)
        {
            if (IsFull)
            {
                return;
            }

            chars += block switch
            {
                HeadingBlock h => h.Text.Length,
                ParagraphBlock p => p.Text.Length,
                TableBlock t => t.Rows.Sum(r => r.Sum(c => (long)c.Length)),
                _ => 0,
            };
            blocks.Add(block);
            if (chars >= Options.MaxTextChars)
            {
                IsFull = true;
                warnings.Add(new ExtractionWarning(FileName, WarningKind.LimitReached,
                    $"text longer than {Options.MaxTextChars:N0} characters; the rest was not read"));
            }
        }
    }

    public void Warn(WarningKind kind, string reason)
    {
        lock (blocks)
        {
            warnings.Add(new ExtractionWarning(FileName, kind, reason));
        }
    }

    public (IReadOnlyList<DocumentBlock> Blocks, IReadOnlyList<ExtractionWarning> Warnings) Snapshot()
    {
        lock (blocks)
        {
            return (blocks.ToArray(), warnings.ToArray());
        }
    }
}
