using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Excel 2007+: each sheet becomes a heading (the sheet's name) and a table whose first non-empty row is the
/// header row, so the plain text pairs every value with its column header (<c>งบประมาณ: 45,000</c>).
/// </summary>
internal static class XlsxReader
{
    public static void Read(ReadContext context, Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, isEditable: false);
        var workbookPart = document.WorkbookPart;
        var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbookPart is null || sheets is null || sheets.Count == 0)
        {
            context.Warn(WarningKind.Unreadable, "Excel workbook has no sheets");
            return;
        }

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => item.InnerText).ToList() ?? [];
        var formats = new CellFormats(workbookPart.WorkbookStylesPart?.Stylesheet);
        foreach (var sheet in sheets)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (context.IsFull || sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = ReadRows(part, sharedStrings, formats, context.CancellationToken);
            if (rows.Count == 0)
            {
                continue;
            }

            context.Add(new HeadingBlock(2, sheet.Name?.Value ?? "Sheet"));
            context.Add(new TableBlock(rows, HasHeaderRow: rows.Count > 1));
        }
    }

    private static List<IReadOnlyList<string>> ReadRows(WorksheetPart part, List<string> sharedStrings, CellFormats formats, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new SortedDictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                var value = CellText(cell, sharedStrings, formats).Trim();
                if (value.Length > 0)
                {
                    cells[column] = value;
                }
            }

            if (cells.Count == 0)
            {
                continue;
            }

            var width = cells.Keys.Max() + 1;
            rows.Add(Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, "")).ToList());
        }

        // Leading empty columns (a table that starts at column B) carry nothing.
        var firstUsed = rows.Count == 0 ? 0 : rows.Min(r => r.TakeWhile(c => c.Length == 0).Count());
        return firstUsed == 0 ? rows : rows.Select(r => (IReadOnlyList<string>)r.Skip(firstUsed).ToList()).ToList();
    }

    private static string CellText(Cell cell, List<string> sharedStrings, CellFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            var (id, code) = formats.For(cell.StyleIndex?.Value);
            return XlsxCellFormatter.Format(number, id, code);
        }

        return raw ?? "";
    }

    /// <summary>Zero-based column of a reference such as <c>C12</c>.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(column - 1, 0);
    }

    /// <summary>The number format (built-in id and custom code) of each cell style.</summary>
    private sealed class CellFormats(Stylesheet? stylesheet)
    {
        private readonly List<uint> formatIds = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0).ToList() ?? [];

        private readonly Dictionary<uint, string> customCodes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .DistinctBy(f => f.NumberFormatId!.Value)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];

        public (int Id, string? Code) For(uint? styleIndex)
        {
            var id = styleIndex is { } s && s < formatIds.Count ? formatIds[(int)s] : 0;
            return ((int)id, customCodes.GetValueOrDefault(id));
        }
    }
}
