using System.Text;
using System.Text.RegularExpressions;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Word 2007+: paragraphs (headings from their styles or outline levels), tables and text boxes, in body
/// order, with content controls and nested tables read through.
/// </summary>
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
        AddBlocks(context, body.ChildElements, headingLevels);
    }

    /// <summary>
    /// Block-level content in reading order. Content controls and custom XML only wrap blocks, so their
    /// children are read as if they stood in the body; a table cell or text box holds blocks too.
    /// </summary>
    private static void AddBlocks(ReadContext context, IEnumerable<OpenXmlElement> elements, IReadOnlyDictionary<string, int> headingLevels)
    {
        foreach (var element in elements)
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
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AddBlocks(context, element.ChildElements, headingLevels);
                    break;
            }
        }
    }

    private static void AddParagraph(ReadContext context, Paragraph paragraph, IReadOnlyDictionary<string, int> headingLevels)
    {
        var text = ParagraphText(paragraph).Trim();
        if (text.Length > 0)
        {
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            int? level = properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : null;
            if (level is null && styleId is not null && headingLevels.TryGetValue(styleId, out var styled))
            {
                level = styled;
            }

            context.Add(level is { } l ? new HeadingBlock(Math.Min(l, 6), text) : new ParagraphBlock(text));
        }

        // A text box is anchored in a paragraph but is a page object of its own (a boxed note, a letterhead
        // block): its paragraphs follow the anchor's as blocks of their own, not glued into its sentence.
        foreach (var box in TextBoxes(paragraph))
        {
            AddBlocks(context, box.ChildElements, headingLevels);
        }
    }

    private static TableBlock ToTable(Table table)
    {
        var rows = RowsOf(table)
            .Select(row => (IReadOnlyList<string>)CellsOf(row).Select(CellText).ToList())
            .Where(row => row.Count > 0)
            .ToList();
        // Tables in circulars' enclosures head their columns in the first row; a one-row table has no header.
        return new TableBlock(rows, HasHeaderRow: rows.Count > 1);
    }

    /// <summary>A table's rows, those a content control wraps (a repeating section of a form) included.</summary>
    private static IEnumerable<TableRow> RowsOf(OpenXmlElement table) =>
        table.ChildElements.SelectMany(child => child switch
        {
            TableRow row => [row],
            SdtRow or SdtContentRow or CustomXmlRow => RowsOf(child),
            _ => Enumerable.Empty<TableRow>(),
        });

    /// <summary>A row's cells, those a content control wraps included.</summary>
    private static IEnumerable<TableCell> CellsOf(OpenXmlElement row) =>
        row.ChildElements.SelectMany(child => child switch
        {
            TableCell cell => [cell],
            SdtCell or SdtContentCell or CustomXmlCell => CellsOf(child),
            _ => Enumerable.Empty<TableCell>(),
        });

    /// <summary>
    /// A cell's text: its paragraphs, and a table nested in it (forms lay out a signature block or a
    /// sub-list that way) as rows joined by "; ", so none of its words is lost to search.
    /// </summary>
    private static string CellText(OpenXmlElement cell)
    {
        var parts = new List<string>();
        foreach (var element in cell.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    parts.Add(ParagraphText(paragraph));
                    parts.AddRange(TextBoxes(paragraph).Select(CellText));
                    break;
                case Table nested:
                    parts.Add(string.Join("; ", RowsOf(nested)
                        .Select(row => string.Join(" ", CellsOf(row).Select(CellText).Where(t => t.Length > 0)))
                        .Where(t => t.Length > 0)));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    parts.Add(CellText(element));
                    break;
            }
        }

        return string.Join(" ", parts.Select(p => p.Trim()).Where(p => p.Length > 0));
    }

    /// <summary>The paragraph's own text: text boxes and the fallback copies Word writes for old readers are left out.</summary>
    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        AppendText(text, paragraph);
        return text.ToString();
    }

    private static void AppendText(StringBuilder text, OpenXmlElement element)
    {
        foreach (var node in element.ChildElements)
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
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case TextBoxContent or AlternateContentFallback:
                    break;
                default:
                    AppendText(text, node);
                    break;
            }
        }
    }

    /// <summary>
    /// Text boxes anchored in the paragraph, outermost only. Word writes each twice, as a drawing and as a
    /// VML fallback inside mc:AlternateContent; only the first is taken.
    /// </summary>
    private static IEnumerable<TextBoxContent> TextBoxes(OpenXmlElement element)
    {
        foreach (var node in element.ChildElements)
        {
            switch (node)
            {
                case TextBoxContent box:
                    yield return box;
                    break;
                case AlternateContentFallback:
                    break;
                default:
                    foreach (var inner in TextBoxes(node))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
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
