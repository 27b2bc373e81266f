namespace GeccPortal.Extraction.Readers;

/// <summary>
/// <c>.txt</c>, <c>.md</c> and <c>.csv</c>: decoded (UTF-8 or TIS-620), then split into paragraphs at blank
/// lines; Markdown <c>#</c> lines become headings; CSV becomes a table with its first row as headers.
/// </summary>
internal static class PlainTextReader
{
    public static void Read(ReadContext context, FileKind kind)
    {
        var text = TextDecoder.Decode(ReadBounded(context), out _).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (kind == FileKind.Csv)
        {
            var rows = CsvParser.Parse(text);
            if (rows.Count > 0)
            {
                context.Add(new TableBlock(rows, HasHeaderRow: rows.Count > 1));
            }

            return;
        }

        var paragraph = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var heading = kind == FileKind.Markdown ? MarkdownHeading(line) : null;
            if (line.Trim().Length == 0 || heading is not null)
            {
                Flush(context, paragraph);
                if (heading is not null)
                {
                    context.Add(heading);
                }

                continue;
            }

            paragraph.Add(line.TrimEnd());
        }

        Flush(context, paragraph);
    }

    /// <summary>The file's bytes, or, past the text budget (3 bytes a character), those up to a line break.</summary>
    private static byte[] ReadBounded(ReadContext context)
    {
        var limit = context.Options.MaxTextChars * 3L;
        using var stream = File.OpenRead(context.Path);
        if (stream.Length <= limit)
        {
            var all = new byte[stream.Length];
            stream.ReadExactly(all);
            return all;
        }

        var head = new byte[limit];
        stream.ReadExactly(head);
        context.Warn(WarningKind.LimitReached, $"text file larger than {ByteSize.Format(limit)}; only its beginning was read");
        var cut = Array.LastIndexOf(head, (byte)'\n');
        return cut > 0 ? head[..cut] : head;
    }

    private static void Flush(ReadContext context, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            context.Add(new ParagraphBlock(string.Join('\n', paragraph)));
            paragraph.Clear();
        }
    }

    private static HeadingBlock? MarkdownHeading(string line)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        return level is >= 1 and <= 6 && line.Length > level && line[level] == ' '
            ? new HeadingBlock(level, line[(level + 1)..].Trim().TrimEnd('#').Trim())
            : null;
    }
}
