using System.Text;

namespace GeccPortal.Extraction.Readers;

/// <summary>RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes); the delimiter is guessed.</summary>
internal static class CsvParser
{
    public static List<IReadOnlyList<string>> Parse(string text)
    {
        var delimiter = GuessDelimiter(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow(rows, row, field);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        EndRow(rows, row, field);
        return rows;
    }

    private static void EndRow(List<IReadOnlyList<string>> rows, List<string> row, StringBuilder field)
    {
        row.Add(field.ToString().Trim());
        field.Clear();
        if (row.Any(f => f.Length > 0))
        {
            rows.Add(row);
        }
    }

    /// <summary>The candidate that occurs most on the first line.</summary>
    private static char GuessDelimiter(string text)
    {
        var end = text.IndexOf('\n');
        var firstLine = end < 0 ? text : text[..end];
        return new[] { ',', ';', '\t', '|' }.OrderByDescending(d => firstLine.Count(c => c == d)).First();
    }
}
