using System.Text;
using System.Text.RegularExpressions;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GeccPortal.Extraction.Readers;

/// <summary>Word 2007+: paragraphs (headings from their styles or outline levels) and tables, in body order.</summary>
internal static partial class DocxReader
{
    public static void Read(ReadContext context, Stream package)
    {
        using var document = WordprocessingDocument.Open(package, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            context.Warn(WarningKind.Unreadable, "Word document has no body");
            return;
        }

        var headingLevels = HeadingLevelsByStyleId(document.MainDocumentPart!.StyleDefinitionsPart);
        foreach (var element in body.ChildElements)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (context.IsFull)
            {
                return;
            }

            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(context, paragraph, headingLevels);
                    break;
                case Table table:
                    context.Add(ToTable(table));
                    break;
                case SdtBlock sdt:
                    foreach (var inner in sdt.Descendants<Paragraph>())
                    {
                        AddParagraph(context, inner, headingLevels);
                    }

                    break;
            }
        }
    }

    private static void AddParagraph(ReadContext context, Paragraph paragraph, IReadOnlyDictionary<string, int> headingLevels)
    {
        var text = ParagraphText(paragraph).Trim();
        if (text.Length == 0)
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        int? level = properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : null;
        if (level is null && styleId is not null && headingLevels.TryGetValue(styleId, out var styled))
        {
            level = styled;
        }

        context.Add(level is { } l ? new HeadingBlock(Math.Min(l, 6), text) : new ParagraphBlock(text));
    }

    private static TableBlock ToTable(Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => (IReadOnlyList<string>)row.Elements<TableCell>()
                .Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)).Trim())
                .ToList())
            .Where(row => row.Count > 0)
            .ToList();
        // Tables in circulars' enclosures head their columns in the first row; a one-row table has no header.
        return new TableBlock(rows, HasHeaderRow: rows.Count > 1);
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Style ids whose style is a heading ("heading 1", "Title") or carries an outline level.</summary>
    private static Dictionary<string, int> HeadingLevelsByStyleId(StyleDefinitionsPart? stylesPart)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var style in stylesPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var name = style.StyleName?.Val?.Value ?? id;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                levels[id] = outline + 1;
            }
            else if (HeadingName().Match(name) is { Success: true } match)
            {
                levels[id] = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                levels[id] = 1;
            }
        }

        return levels;
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
