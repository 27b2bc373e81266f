namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Finds tables among a page's lines and reads them row by row, each cell whole. A PDF has no table, only text
/// placed in columns: a line of two or more runs set apart by cell padding starts one, and lines follow it
/// while their runs stay inside the columns (x-ranges no run crosses). In a table a wrapped cell's lines are
/// interleaved with its neighbours' (a one-line cell is centred between them), so reading lines top to bottom
/// mixes cells; here each column's lines are gathered into cells, cells whose heights overlap make a row, and
/// a row reads its cells left to right, one space apart.
/// </summary>
internal static class PdfTableReader
{
    /// <summary>How far below the previous line of a table (in font sizes) its next line may start.</summary>
    private const double NextLineReach = 2.5;

    /// <summary>
    /// How far above a table's first line a lone run may be its first row's wrapped cell (centred rows put the
    /// other cells half a line below it); further up it is the text before the table.
    /// </summary>
    private const double LineAboveReach = 1.2;

    /// <summary>
    /// Line distances that differ by less than this fraction of the font size are the same pitch: lines of one
    /// font are set at exactly one pitch, and cell padding and borders add more than this between rows.
    /// </summary>
    private const double PitchTolerance = 0.12;

    /// <summary>Cells whose baselines are apart by less than this fraction of the font size share a row.</summary>
    private const double SameRowRatio = 0.35;

    public static IReadOnlyList<PdfTable> Find(IReadOnlyList<PdfTextLine> lines)
    {
        var tables = new List<PdfTable>();
        var floor = 0;
        for (var start = 0; start < lines.Count; start++)
        {
            if (lines[start].Runs.Count < 2 || Grow(lines, start, floor) is not { } table)
            {
                continue;
            }

            tables.Add(table);
            start = table.Last;
            floor = table.Last + 1;
        }

        return tables;
    }

    /// <summary>The table starting at line <paramref name="start"/>, or null when the lines there are not one.</summary>
    private static PdfTable? Grow(IReadOnlyList<PdfTextLine> lines, int start, int floor)
    {
        var size = lines[start].Size;
        var columns = Columns.From(lines[start].Runs);
        var last = start;
        while (last + 1 < lines.Count && Continues(lines[last], lines[last + 1], size, NextLineReach)
            && columns.Admit(lines[last + 1].Runs))
        {
            last++;
        }

        var first = start;
        while (first - 1 >= floor && lines[first - 1].Runs.Count == 1 && Continues(lines[first - 1], lines[first], size, LineAboveReach)
            && columns.Admit(lines[first - 1].Runs))
        {
            first--;
        }

        var multiColumnLines = lines.Skip(first).Take(last - first + 1).Count(l => l.Runs.Select(columns.IndexOf).Distinct().Count() >= 2);
        return columns.Count >= 2 && multiColumnLines >= 2 ? new PdfTable(first, last) : null;
    }

    private static bool Continues(PdfTextLine upper, PdfTextLine lower, double size, double reach)
    {
        var gap = upper.Baseline - lower.Baseline;
        return gap > 0 && gap <= reach * size && Math.Abs(lower.Size - size) <= 0.1 * size;
    }

    /// <summary>
    /// The text of a table's rows. <paramref name="textPitch"/> is the distance between lines of the page's
    /// paragraphs at the table's font size, when the page has any: lines of a column further apart than that
    /// are never one wrapped cell.
    /// </summary>
    public static IReadOnlyList<string> Rows(IReadOnlyList<PdfTextLine> lines, double? textPitch)
    {
        var columns = Columns.From(lines.SelectMany(l => l.Runs));
        var tolerance = PitchTolerance * lines[0].Size;
        var gaps = lines.Zip(lines.Skip(1), (upper, lower) => upper.Baseline - lower.Baseline).ToList();
        if (gaps.Max() - gaps.Min() <= tolerance)
        {
            // Evenly spaced lines: no cell wraps, so every line is a row.
            return lines.Select(l => l.Text).ToList();
        }

        var rows = new List<List<Cell>>();
        var rowBottom = double.MaxValue;
        foreach (var cell in Cells(lines, columns, tolerance, textPitch).OrderByDescending(c => c.Top).ThenBy(c => c.Column))
        {
            if (rows.Count == 0 || cell.Top < rowBottom - SameRowRatio * lines[0].Size)
            {
                rows.Add([]);
                rowBottom = cell.Bottom;
            }

            rows[^1].Add(cell);
            rowBottom = Math.Min(rowBottom, cell.Bottom);
        }

        return rows.Select(row => string.Join(' ', row.OrderBy(c => c.Column).Select(c => ThaiLineJoiner.Join(c.Lines)))).ToList();
    }

    /// <summary>
    /// Each column's text top to bottom, gathered into cells. The lines of one cell are exactly a line pitch
    /// apart (the tightest distance between two lines of one column), while cell padding sets rows further
    /// apart. Unless a centred cell proves that pitch a wrap's, a line directly below another that has text in
    /// all of its columns (two or more) starts a new row even at that pitch: it is the next row of a table whose
    /// cells do not wrap.
    /// </summary>
    private static List<Cell> Cells(IReadOnlyList<PdfTextLine> lines, Columns columns, double tolerance, double? textPitch)
    {
        var occupied = lines.Select(l => l.Runs.Select(columns.IndexOf).ToHashSet()).ToList();
        var perColumn = new List<(int Line, string Text)>[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            perColumn[c] = [];
        }

        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var group in lines[i].Runs.GroupBy(columns.IndexOf))
            {
                perColumn[group.Key].Add((i, string.Join(' ', group.Select(r => r.Text))));
            }
        }

        var pitch = perColumn.SelectMany(column => column.Zip(column.Skip(1), (upper, lower) => lines[upper.Line].Baseline - lines[lower.Line].Baseline))
            .DefaultIfEmpty(double.MaxValue).Min();
        if (pitch > textPitch + tolerance)
        {
            // Even the closest lines of a column are further apart than lines of text: no cell wraps.
            pitch = double.MaxValue;
        }

        bool AtPitch(int upper, int lower) => Math.Abs(lines[upper].Baseline - lines[lower].Baseline - pitch) <= tolerance;

        // A line of another column between two lines of one cell (a centred neighbour) proves the pitch is a
        // wrap's, not a row's: then even lines with text in the same columns are one row's wrapped lines.
        var wrapsProven = perColumn.Any(column => column.Zip(column.Skip(1)).Any(pair => pair.Second.Line > pair.First.Line + 1 && AtPitch(pair.First.Line, pair.Second.Line)));
        var cells = new List<Cell>();
        for (var c = 0; c < columns.Count; c++)
        {
            Cell? cell = null;
            var previousLine = -1;
            foreach (var (line, text) in perColumn[c])
            {
                var wrapped = cell is not null && AtPitch(previousLine, line)
                    && (wrapsProven || !(line == previousLine + 1 && occupied[line].Count >= 2 && occupied[line].IsSupersetOf(occupied[previousLine])));
                if (!wrapped)
                {
                    cell = new Cell(c, lines[line].Baseline);
                    cells.Add(cell);
                }

                cell!.Lines.Add(text);
                cell.Bottom = lines[line].Baseline;
                previousLine = line;
            }
        }

        return cells;
    }

    /// <summary>One cell: its column, the baselines of its first and last lines, and its lines.</summary>
    private sealed class Cell(int column, double top)
    {
        public int Column { get; } = column;

        public double Top { get; } = top;

        public double Bottom { get; set; } = top;

        public List<string> Lines { get; } = [];
    }

    /// <summary>A table's columns: the x-ranges its runs cover, kept apart by the gaps no run crosses.</summary>
    private sealed class Columns
    {
        private readonly List<(double Left, double Right)> ranges = [];

        public int Count => ranges.Count;

        public static Columns From(IEnumerable<PdfTextRun> runs)
        {
            var columns = new Columns();
            foreach (var run in runs)
            {
                columns.Widen(run);
            }

            return columns;
        }

        /// <summary>
        /// Takes a line into the table when no run of it crosses a gap between columns; a line of one run must
        /// also fall in a column or between two (a wrapped cell's line), not beside the table.
        /// </summary>
        public bool Admit(IReadOnlyList<PdfTextRun> runs)
        {
            if (runs.Any(r => Overlapping(r).Count() > 1)
                || (runs.Count == 1 && !Overlapping(runs[0]).Any() && (runs[0].Left < ranges[0].Right || runs[0].Right > ranges[^1].Left)))
            {
                return false;
            }

            foreach (var run in runs)
            {
                Widen(run);
            }

            return true;
        }

        /// <summary>The column a run is in: the one it overlaps most.</summary>
        public int IndexOf(PdfTextRun run) =>
            Enumerable.Range(0, ranges.Count).MaxBy(i => Math.Min(run.Right, ranges[i].Right) - Math.Max(run.Left, ranges[i].Left));

        private IEnumerable<int> Overlapping(PdfTextRun run) =>
            Enumerable.Range(0, ranges.Count).Where(i => run.Left < ranges[i].Right && run.Right > ranges[i].Left);

        private void Widen(PdfTextRun run)
        {
            var left = run.Left;
            var right = run.Right;
            for (var i = ranges.Count - 1; i >= 0; i--)
            {
                if (left < ranges[i].Right && right > ranges[i].Left)
                {
                    left = Math.Min(left, ranges[i].Left);
                    right = Math.Max(right, ranges[i].Right);
                    ranges.RemoveAt(i);
                }
            }

            var at = ranges.FindIndex(r => r.Left > left);
            ranges.Insert(at < 0 ? ranges.Count : at, (left, right));
        }
    }
}

/// <summary>A table found on a page: its first and last line.</summary>
internal sealed record PdfTable(int First, int Last);
