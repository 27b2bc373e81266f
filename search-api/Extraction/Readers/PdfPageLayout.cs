using System.Globalization;
using System.Text;

using UglyToad.PdfPig.Content;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Turns the letters of one PDF page into headings and paragraphs in reading order (top to bottom, left to
/// right), each table row a paragraph of its own (<see cref="PdfTableReader"/>). Works from glyph positions
/// rather than PdfPig's word splitting because Thai vowel signs and tone marks have zero width and would
/// otherwise split words: a mark always travels with the letter it sits on, and only the gap between base
/// letters (or a real space glyph) makes a space.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>
    /// A gap wider than this fraction of the font size (or than <see cref="RunGapPoints"/>), with no space glyph
    /// in it, ends a run. Letters of a word touch; a word space is a space glyph or a wider gap; table cells are
    /// set apart by their padding, which a browser's default table keeps as thin as a sixth of the font size.
    /// </summary>
    private const double RunGapRatio = 0.12;

    /// <summary>The widest gap between letters of one word at any font size, in points.</summary>
    private const double RunGapPoints = 2;

    /// <summary>A gap wider than this ends a run even when a space glyph fills it (tab stops, spaced columns).</summary>
    private const double WideGapRatio = 1.0;

    /// <summary>Letters whose baselines differ by less than this fraction of the font size share a line.</summary>
    private const double SameLineRatio = 0.35;

    /// <summary>The line pitch (in font sizes) assumed on a page with no two lines of text in a row.</summary>
    private const double DefaultLinePitch = 1.5;

    /// <summary>A line gap this much larger than the page's usual line pitch (for its font size) starts a new paragraph.</summary>
    private const double ParagraphGapRatio = 1.3;

    public static IReadOnlyList<DocumentBlock> Blocks(IReadOnlyList<Letter> letters)
    {
        var lines = Lines(Clusters(letters));
        if (lines.Count == 0)
        {
            return [];
        }

        var tables = PdfTableReader.Find(lines);
        var bodySize = BodyFontSize(lines);
        var textPitch = UsualLinePitch(lines, tables);
        var pitch = textPitch ?? DefaultLinePitch;
        var blocks = new List<DocumentBlock>();
        var paragraph = new List<PdfTextLine>();
        var nextTable = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (nextTable < tables.Count && tables[nextTable].First == i)
            {
                // A table ends the paragraph before it; each of its rows is a paragraph of its own.
                AddParagraph(blocks, paragraph, bodySize);
                var table = tables[nextTable];
                var tableLines = lines.GetRange(table.First, table.Last - table.First + 1);
                blocks.AddRange(PdfTableReader.Rows(tableLines, textPitch * tableLines[0].Size).Select(row => new ParagraphBlock(row)));
                i = tables[nextTable].Last;
                nextTable++;
                continue;
            }

            var current = lines[i];
            if (paragraph.Count > 0)
            {
                var previous = paragraph[^1];
                var gap = previous.Baseline - current.Baseline;
                if (SizeChanged(previous, current) || gap > ParagraphGapRatio * pitch * current.Size || gap < 0)
                {
                    AddParagraph(blocks, paragraph, bodySize);
                }
            }

            paragraph.Add(current);
        }

        AddParagraph(blocks, paragraph, bodySize);
        return blocks;
    }

    private static void AddParagraph(List<DocumentBlock> blocks, List<PdfTextLine> paragraph, double bodySize)
    {
        if (paragraph.Count > 0)
        {
            blocks.Add(ToBlock(paragraph, bodySize));
            paragraph.Clear();
        }
    }

    private static DocumentBlock ToBlock(List<PdfTextLine> paragraph, double bodySize)
    {
        var text = ThaiLineJoiner.Join(paragraph.Select(l => l.Text));
        var size = paragraph[0].Size;
        if (size >= 1.15 * bodySize && text.Length <= 200)
        {
            return new HeadingBlock(size >= 1.4 * bodySize ? 1 : 2, text);
        }

        return new ParagraphBlock(text);
    }

    /// <summary>Base letters with their marks attached, and space glyphs, in content order.</summary>
    private static List<Cluster> Clusters(IReadOnlyList<Letter> letters)
    {
        var clusters = new List<Cluster>(letters.Count);
        foreach (var letter in letters)
        {
            var value = letter.Value;
            var baseline = letter.StartBaseLine.Y;
            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            var last = clusters.Count > 0 ? clusters[^1] : null;
            if (string.IsNullOrEmpty(value) || char.IsControl(value[0]))
            {
                // A glyph whose text an /ActualText span already gave, or a code the font left unmapped:
                // no text, but its width still belongs to the letter before it.
                if (last is { IsSpace: false } && Math.Abs(last.Baseline - baseline) < SameLineRatio * size)
                {
                    last.Right = Math.Max(last.Right, Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                clusters.Add(new Cluster(" ", letter.StartBaseLine.X, letter.EndBaseLine.X, baseline, size, isSpace: true));
                continue;
            }

            if (IsMark(value[0]) && last is { IsSpace: false } && Math.Abs(last.Baseline - baseline) < SameLineRatio * size)
            {
                last.Text.Append(value);
                continue;
            }

            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            clusters.Add(new Cluster(value, left, right, baseline, size, isSpace: false));
        }

        return clusters;
    }

    private static List<PdfTextLine> Lines(List<Cluster> clusters)
    {
        var lines = new List<PdfTextLine>();
        var ordered = clusters.Select((c, i) => (Cluster: c, Index: i))
            .OrderByDescending(x => x.Cluster.Baseline).ThenBy(x => x.Index).ToList();
        var current = new List<(Cluster Cluster, int Index)>();
        foreach (var item in ordered)
        {
            if (current.Count > 0 && current[0].Cluster.Baseline - item.Cluster.Baseline > SameLineRatio * item.Cluster.Size)
            {
                AddLine(lines, current);
                current = [];
            }

            current.Add(item);
        }

        AddLine(lines, current);
        return lines;
    }

    private static void AddLine(List<PdfTextLine> lines, List<(Cluster Cluster, int Index)> members)
    {
        var inOrder = members.OrderBy(m => m.Cluster.Left).ThenBy(m => m.Index).Select(m => m.Cluster).ToList();
        var runs = new List<PdfTextRun>();
        var text = new StringBuilder();
        double runLeft = 0, runRight = 0;
        Cluster? previous = null;
        foreach (var cluster in inOrder)
        {
            if (cluster.IsSpace)
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                previous = cluster;
                continue;
            }

            if (text.Length > 0 && previous is not null)
            {
                // Runs are joined with a space, so a gap that ends a run is also a word space.
                var gap = cluster.Left - runRight;
                if (gap > WideGapRatio * cluster.Size
                    || (!previous.IsSpace && gap > Math.Min(RunGapRatio * cluster.Size, RunGapPoints)))
                {
                    AddRun(runs, text, runLeft, runRight);
                }
            }

            if (text.Length == 0)
            {
                runLeft = cluster.Left;
                runRight = cluster.Right;
            }

            text.Append(cluster.Text);
            runRight = Math.Max(runRight, cluster.Right);
            previous = cluster;
        }

        AddRun(runs, text, runLeft, runRight);
        if (runs.Count == 0)
        {
            return;
        }

        var glyphs = inOrder.Where(c => !c.IsSpace).ToList();
        var size = glyphs.GroupBy(c => Math.Round(c.Size, 1)).OrderByDescending(g => g.Count()).First().Key;
        lines.Add(new PdfTextLine(runs, glyphs.Average(c => c.Baseline), size));
    }

    private static void AddRun(List<PdfTextRun> runs, StringBuilder text, double left, double right)
    {
        var run = text.ToString().Trim();
        text.Clear();
        if (run.Length > 0)
        {
            runs.Add(new PdfTextRun(run, left, right));
        }
    }

    /// <summary>The font size that most characters on the page are set in.</summary>
    private static double BodyFontSize(List<PdfTextLine> lines) =>
        lines.GroupBy(l => l.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

    /// <summary>
    /// The page's line spacing as a multiple of the font size: the most common distance between consecutive
    /// baselines of same-size lines outside tables. Relative, so a wrapped heading in a larger font keeps its
    /// lines together; tables are left out because their padding, not the text's line spacing, sets them apart.
    /// </summary>
    private static double? UsualLinePitch(List<PdfTextLine> lines, IReadOnlyList<PdfTable> tables)
    {
        var inTable = new bool[lines.Count];
        foreach (var table in tables)
        {
            Array.Fill(inTable, true, table.First, table.Last - table.First + 1);
        }

        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            // Lines closer than their font size are not a paragraph's: a table not recognised as one, its
            // centred cells half a line apart.
            if (gap >= lines[i].Size && !inTable[i - 1] && !inTable[i] && !SizeChanged(lines[i - 1], lines[i]))
            {
                pitches.Add(Math.Round(gap / lines[i].Size * 20) / 20);
            }
        }

        return pitches.Count == 0
            ? null
            : pitches.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static bool SizeChanged(PdfTextLine previous, PdfTextLine current) =>
        Math.Abs(previous.Size - current.Size) > 0.1 * Math.Max(previous.Size, current.Size);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    /// <summary>A base glyph with the marks drawn on it, or a space glyph.</summary>
    private sealed class Cluster(string text, double left, double right, double baseline, double size, bool isSpace)
    {
        public StringBuilder Text { get; } = new(text);

        public double Left { get; } = left;

        public double Right { get; set; } = right;

        public double Baseline { get; } = baseline;

        public double Size { get; } = size;

        public bool IsSpace { get; } = isSpace;
    }
}
