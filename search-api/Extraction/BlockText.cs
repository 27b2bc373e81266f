using System.Text;

using GeccPortal.Thai;

namespace GeccPortal.Extraction;

/// <summary>Repairs blocks' text and flattens blocks into the plain text that search indexes.</summary>
internal static class BlockText
{
    public static DocumentBlock Repair(DocumentBlock block) => block switch
    {
        HeadingBlock h => h with { Text = ExtractedTextRepair.Repair(h.Text) },
        ParagraphBlock p => p with { Text = ExtractedTextRepair.Repair(p.Text) },
        TableBlock t => t with
        {
            Rows = t.Rows.Select(r => (IReadOnlyList<string>)r.Select(ExtractedTextRepair.Repair).ToList()).ToList(),
        },
        _ => block,
    };

    /// <summary>Blocks separated by blank lines; a table row with headers reads <c>header: value; header: value</c>.</summary>
    public static string Flatten(IEnumerable<DocumentBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            switch (block)
            {
                case HeadingBlock h:
                    text.Append(h.Text);
                    break;
                case ParagraphBlock p:
                    text.Append(p.Text);
                    break;
                case TableBlock t:
                    AppendTable(text, t);
                    break;
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, TableBlock table)
    {
        var headers = table.HasHeaderRow ? table.Rows[0] : null;
        foreach (var row in table.HasHeaderRow ? table.Rows.Skip(1) : table.Rows)
        {
            var cells = row.Select((value, column) =>
                    value.Length == 0 ? ""
                    : headers is not null && column < headers.Count && headers[column].Length > 0 ? $"{headers[column]}: {value}"
                    : value)
                .Where(cell => cell.Length > 0);
            text.Append(string.Join("; ", cells)).Append('\n');
        }

        if (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }
    }
}
