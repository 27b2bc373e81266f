using System.Globalization;
using System.Text;

using UglyToad.PdfPig.Content;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Turns the letters of one PDF page into headings and paragraphs in reading order (top to bottom, left to
/// right). Works from glyph positions rather than PdfPig's word splitting because Thai vowel signs and tone
/// marks have zero width and would otherwise split words: a mark always travels with the letter it sits on,
/// and only the gap between base letters (or a real space glyph) makes a space.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>A gap wider than this fraction of the font size is a space between words.</summary>
    private const double SpaceGapRatio = 0.2;

    /// <summary>Letters whose baselines differ by less than this fraction of the font size share a line.</summary>
    private const double SameLineRatio = 0.35;

    /// <summary>A line gap this much larger than the page's usual line pitch starts a new paragraph.</summary>
    private const double ParagraphGapRatio = 1.3;

    public static IReadOnlyList<DocumentBlock> Blocks(IReadOnlyList<Letter> letters)
    {
        var lines = Lines(Clusters(letters));
        if (lines.Count == 0)
        {
            return [];
        }

        var bodySize = BodyFontSize(lines);
        var pitch = UsualLinePitch(lines);
        var blocks = new List<DocumentBlock>();
        var paragraph = new List<Line> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            var current = lines[i];
            var gap = previous.Baseline - current.Baseline;
            var sizeChanged = Math.Abs(previous.Size - current.Size) > 0.1 * Math.Max(previous.Size, current.Size);
            if (sizeChanged || gap > ParagraphGapRatio * pitch || gap < 0)
            {
                blocks.Add(ToBlock(paragraph, bodySize));
                paragraph = [];
            }

            paragraph.Add(current);
        }

        blocks.Add(ToBlock(paragraph, bodySize));
        return blocks;
    }

    private static DocumentBlock ToBlock(List<Line> paragraph, double bodySize)
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

    private static List<Line> Lines(List<Cluster> clusters)
    {
        var lines = new List<Line>();
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

    private static void AddLine(List<Line> lines, List<(Cluster Cluster, int Index)> members)
    {
        var inOrder = members.OrderBy(m => m.Cluster.Left).ThenBy(m => m.Index).Select(m => m.Cluster).ToList();
        var text = new StringBuilder();
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

            if (previous is { IsSpace: false } && cluster.Left - previous.Right > SpaceGapRatio * cluster.Size
                && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            text.Append(cluster.Text);
            previous = cluster;
        }

        var line = text.ToString().Trim();
        if (line.Length == 0)
        {
            return;
        }

        var glyphs = inOrder.Where(c => !c.IsSpace).ToList();
        var size = glyphs.GroupBy(c => Math.Round(c.Size, 1)).OrderByDescending(g => g.Count()).First().Key;
        lines.Add(new Line(line, glyphs.Average(c => c.Baseline), size));
    }

    /// <summary>The font size that most characters on the page are set in.</summary>
    private static double BodyFontSize(List<Line> lines) =>
        lines.GroupBy(l => l.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

    /// <summary>The most common distance between consecutive baselines: the page's line spacing.</summary>
    private static double UsualLinePitch(List<Line> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > 0)
            {
                gaps.Add(Math.Round(gap * 2) / 2);
            }
        }

        return gaps.Count == 0
            ? lines[0].Size * 1.5
            : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

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

    private sealed record Line(string Text, double Baseline, double Size);
}
