using System.Globalization;

using AngleSharp.Dom;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Gives a table too wide for the text its columns' widths, from how much each column holds: a column whose longest
/// cell fits is as wide as that cell, and the columns with long text share what is left and wrap. With the browser's
/// automatic widths a table of many columns squeezed its short columns (names, counts, a header) to a word or a
/// syllable a line, <c>นายสม</c> / <c>ศักดิ์ ทอง</c> / <c>ดี</c>, on screen and on A4, while a long column kept its room
/// (site probe 10: a 26-row, 8-column table printed on four sheets at three lines a row).
/// <para>
/// Widths are counted in letters (Thai vowels and tone marks above and below a letter take no room of their own) and
/// written as a <c>&lt;colgroup&gt;</c> of percentages with the class <see cref="ClassName"/>, which the stylesheet sets
/// as wide as the text (on a phone at least the width of a letter's line, so it scrolls in its box instead of
/// squeezing). A table that fits is left to the browser, and so is one whose cells span rows or columns or that sets
/// widths of its own (pasted from Word). Only the HTML changes: plain text, excerpts and the index do not.
/// </para>
/// </summary>
public static class TableColumnWidths
{
    public const string ClassName = "table-wide";

    /// <summary>
    /// Letters across the text, as counted here: a printed line of the seed letters holds 90 to 99 characters, and the
    /// screen's at 1280 px as many, of which about one in six is a vowel or mark above or below a letter.
    /// </summary>
    internal const int LineLetters = 80;

    /// <summary>A cell's padding and border, in letters (0.5rem each side).</summary>
    private const int CellRoom = 2;

    /// <summary>No column narrower than this many letters, however many columns share the line.</summary>
    private const int LeastLetters = 3;

    public static void Mark(IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table"))
        {
            if (ColumnLetters(table) is { } letters)
            {
                SetWidths(table, letters);
            }
        }
    }

    /// <summary>Each column's letters as it would like them, or null when the table fits or is not one to size.</summary>
    internal static int[]? ColumnLetters(IElement table)
    {
        if (HasOwnWidths(table))
        {
            return null;
        }

        var rows = table.QuerySelectorAll("tr").Where(row => row.Closest("table") == table).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(row => Cells(row).Count());
        if (columns < 2)
        {
            return null;
        }

        var body = new int[columns];
        var header = new int[columns];
        foreach (var row in rows)
        {
            var i = 0;
            foreach (var cell in Cells(row))
            {
                if (cell.HasAttribute("colspan") || cell.HasAttribute("rowspan"))
                {
                    return null;
                }

                var count = LongestLine(cell);
                var into = cell.LocalName == "th" ? header : body;
                into[i] = Math.Max(into[i], count);
                i++;
            }
        }

        // A header may take two lines; a column is never narrower than its cells' longest text asks, within reason.
        var wanted = new int[columns];
        for (var i = 0; i < columns; i++)
        {
            wanted[i] = Math.Max(LeastLetters, Math.Max(body[i], (header[i] + 1) / 2));
        }

        return wanted.Sum() + (columns * CellRoom) > LineLetters ? wanted : null;
    }

    /// <summary>
    /// The share of the line each column gets: the widest width no column exceeds such that all fit in the line (water
    /// filling), so columns shorter than it keep their whole text and the longer ones wrap at it.
    /// </summary>
    internal static double[] Shares(int[] wanted)
    {
        var room = Math.Max(LineLetters - (wanted.Length * CellRoom), wanted.Length * LeastLetters);
        var sorted = wanted.Order().ToArray();
        var cap = (double)room / wanted.Length;
        var used = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var rest = sorted.Length - i;
            var even = (double)(room - used) / rest;
            if (sorted[i] > even)
            {
                cap = even;
                break;
            }

            used += sorted[i];
            cap = sorted[i];
        }

        var widths = wanted.Select(w => Math.Min(w, cap) + CellRoom).ToArray();
        var total = widths.Sum();
        return [.. widths.Select(w => w / total)];
    }

    private static void SetWidths(IElement table, int[] wanted)
    {
        var document = table.Owner!;
        var group = document.CreateElement("colgroup");
        foreach (var share in Shares(wanted))
        {
            var column = document.CreateElement("col");
            column.SetAttribute("style", "width: " + (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%");
            group.AppendChild(column);
        }

        // After a pasted table's caption, which HTML wants first.
        if (table.Children.FirstOrDefault() is { LocalName: "caption" } caption)
        {
            caption.After(group);
        }
        else
        {
            table.Prepend(group);
        }

        table.ClassList.Add(ClassName);
    }

    private static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static bool HasOwnWidths(IElement table) =>
        table.QuerySelector("colgroup, col") is not null
        || OwnWidth(table)
        || table.QuerySelectorAll("td, th").Any(OwnWidth);

    private static bool OwnWidth(IElement element) =>
        element.HasAttribute("width")
        || (element.GetAttribute("style") is { } style && style.Contains("width", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The letters of a cell's longest line (a line break or a paragraph starts another): a digit is drawn wider than a
    /// Thai letter (a phone number kept whole on its line took a fifth more room than its count), a space narrower.
    /// </summary>
    private static int LongestLine(IElement cell)
    {
        var longest = 0.0;
        var count = 0.0;
        var space = false;
        Walk(cell);
        return (int)Math.Ceiling(Math.Max(longest, count));

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    foreach (var c in text.Data)
                    {
                        if (char.IsWhiteSpace(c))
                        {
                            space = count > 0;
                        }
                        else if (!TakesNoRoom(c))
                        {
                            count += (space ? 0.5 : 0) + (IsDigit(c) ? 1.3 : 1);
                            space = false;
                        }
                    }
                }
                else if (child is IElement element)
                {
                    if (element.LocalName is "br" or "p" or "li" or "div")
                    {
                        longest = Math.Max(longest, count);
                        count = 0;
                        space = false;
                    }

                    Walk(element);
                }
            }
        }
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0E50' and <= '\u0E59');

    /// <summary>Thai vowels and marks written above or below a letter (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎).</summary>
    private static bool TakesNoRoom(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');
}
