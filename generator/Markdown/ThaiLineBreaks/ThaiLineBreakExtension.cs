using System.Text.RegularExpressions;

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown.ThaiLineBreaks;

/// <summary>
/// Drops a soft line break that stands between two Thai letters. CommonMark renders a soft break as a
/// space; Thai puts no spaces between words, so a letter hard-wrapped mid-sentence (as extracted PDF text
/// is) would show a space in the middle of a word. The break is removed from the syntax tree, so the HTML
/// and the plain text for search both read the joined word. Hard breaks (two trailing spaces or a
/// backslash) are kept, but for trailing spaces inside a Thai word, which a PDF paste leaves; so is a break next
/// to a digit, ๆ or ฯ, which Thai writing follows with a space.
/// A soft break before a numbered item (<c>๒. รองผู้ว่าราชการจังหวัด</c>, <c>(๓)</c>) becomes a hard one: letters
/// list members and steps a line each, numbered in Thai digits, which Markdown does not read as a list.
/// </summary>
public sealed partial class ThaiLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Removing first keeps the extension safe to add twice: the handler runs once per document.
        pipeline.DocumentProcessed -= JoinThaiLines;
        pipeline.DocumentProcessed += JoinThaiLines;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void JoinThaiLines(MarkdownDocument document)
    {
        var joins = document.Descendants<LineBreakInline>()
            .Where(lineBreak => !lineBreak.IsHard
                && ThaiLetters.IsJoining(AdjacentText.LastChar(lineBreak.PreviousSibling))
                && ThaiLetters.IsJoining(AdjacentText.FirstChar(lineBreak.NextSibling)))
            .ToList();
        foreach (var lineBreak in joins.Concat(document.Descendants<LineBreakInline>().Where(SplitsAWord).ToList()))
        {
            lineBreak.Remove();
        }

        foreach (var lineBreak in document.Descendants<LineBreakInline>().Where(b => !b.IsHard && (StartsNumberedItem(b.NextSibling) || StartsDefinition(b.NextSibling))))
        {
            lineBreak.IsHard = true;
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            BreakBeforeSubItems(paragraph);
        }
    }

    /// <summary>
    /// A line numbered under the item above it (<c>๑.๑</c>, <c>๑.๒.๓</c> under <c>๑.</c>) starts a line too, as the letter
    /// prints it; it ran on after the item's text. Only under an item of the same number in the same paragraph, or the
    /// first paragraph of a Markdown list's item of that number (<c>1.</c> then <c>    1.1</c> on the next line): a line
    /// may also start with a decimal (<c>๑.๕ ล้านบาท</c>) that a wrapped sentence carried there.
    /// </summary>
    private static void BreakBeforeSubItems(ParagraphBlock paragraph)
    {
        var item = paragraph.Inline?.FirstChild is LiteralInline first ? ItemNumberOf(first.Content.AsSpan()) : null;
        // An item of a Markdown numbered list (1. typed at the line's start) has its number in the list, not in its text.
        item ??= paragraph.Parent is ListItemBlock { Parent: ListBlock { IsOrdered: true } } listItem && listItem.IndexOf(paragraph) == 0 ? listItem.Order : null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not LineBreakInline { NextSibling: LiteralInline next } lineBreak)
            {
                continue;
            }

            var line = next.Content.AsSpan();
            if (NumberedItem().IsMatch(line))
            {
                item = ItemNumberOf(line);
            }
            else if (SubItem().IsMatch(line) && item is not null && ItemNumberOf(line) == item)
            {
                lineBreak.IsHard = true;
            }
        }
    }

    /// <summary>The item's own number of a numbered or sub-numbered line (<c>๑</c> of <c>๑.</c> and <c>๑.๒</c>), as a value.</summary>
    private static int? ItemNumberOf(ReadOnlySpan<char> line)
    {
        if (!NumberedItem().IsMatch(line) && !SubItem().IsMatch(line))
        {
            return null;
        }

        var value = 0;
        foreach (var c in line)
        {
            // Thai and Arabic digits alike (the patterns above admit no other).
            var digit = System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                break;
            }

            value = (value * 10) + digit;
        }

        return line[0] == '(' ? null : value;
    }

    /// <summary>
    /// A hard break of trailing spaces inside a Thai word (<see cref="ThaiWordSplit"/>), or between Thai letters after a
    /// line's worth of text (<see cref="WrappedLines"/>), as a PDF paste leaves them: no author breaks a word or a
    /// sentence so, so the lines are joined (and the loader warns, <c>Content.HardBreaksInWords</c>).
    /// Only between plain text on both sides, as the loader sees the lines; a backslash break is the author's own.
    /// </summary>
    private static bool SplitsAWord(LineBreakInline lineBreak) =>
        lineBreak is { IsHard: true, IsBackslash: false, PreviousSibling: LiteralInline before, NextSibling: LiteralInline after }
        && (ThaiWordSplit.WordAcross(ThaiWordSplit.LastRun(before.Content.AsSpan()), ThaiWordSplit.FirstRun(after.Content.AsSpan())) is not null
            || (ThaiLetters.IsJoining(AdjacentText.LastChar(before)) && ThaiLetters.IsJoining(AdjacentText.FirstChar(after))
                && LettersOnLineBefore(lineBreak) >= WrappedLines.FullLine));

    /// <summary>The letters of the line a break ends, from the paragraph's start or the break before it.</summary>
    private static int LettersOnLineBefore(LineBreakInline lineBreak)
    {
        var count = 0;
        for (var inline = lineBreak.PreviousSibling; inline is not null and not LineBreakInline; inline = inline.PreviousSibling)
        {
            count += LettersOf(inline);
        }

        return count;
    }

    private static int LettersOf(Inline inline) => inline switch
    {
        LiteralInline literal => WrappedLines.Letters(literal.Content.AsSpan()),
        CodeInline code => WrappedLines.Letters(code.Content),
        ContainerInline container => container.Sum(LettersOf),
        _ => 0,
    };

    private static bool StartsNumberedItem(Inline? next) =>
        next is LiteralInline literal && IsNumberedItem(literal.Content.AsSpan());

    private static bool StartsDefinition(Inline? next) =>
        next is LiteralInline literal && IsDefinition(literal.Content.AsSpan());

    /// <summary>
    /// Whether a line starts a definition as a ระเบียบ, ข้อบังคับ or law sets them out under "ในระเบียบนี้" (<c>“รถยนต์ส่วนกลาง”
    /// หมายความว่า …</c>): each starts a line of its own at the paragraph's indent, as printed; they ran on as one paragraph
    /// (site probe 11).
    /// </summary>
    internal static bool IsDefinition(ReadOnlySpan<char> line) => Definition().IsMatch(line);

    /// <summary>Whether a line's text starts with an item's number as letters print it (<c>๒. </c>, <c>(๓) </c>).</summary>
    internal static bool IsNumberedItem(ReadOnlySpan<char> line) => NumberedItem().IsMatch(line);

    /// <summary>Whether a line after a line break starts with an item's or a sub-item's number (<c>๑.๒ </c>), to indent it.</summary>
    internal static bool IsNumberedLine(ReadOnlySpan<char> line) => NumberedItem().IsMatch(line) || SubItem().IsMatch(line);

    // One to three digits, then a dot or bracket and a space, or the number in brackets: not a year (๒๕๖๘) or a
    // decimal (๑.๕), which a wrapped sentence may start a line with.
    [GeneratedRegex(@"^(?:[๐-๙0-9]{1,3}[.)]|\([๐-๙0-9]{1,3}\))\s")]
    private static partial Regex NumberedItem();

    // A term in quotes, then หมายความว่า or หมายความรวมถึง.
    [GeneratedRegex(@"^[“""][^“”""\n]{1,80}[”""]\s*หมายความ(?:ว่า|รวมถึง)")]
    private static partial Regex Definition();

    // An item's number and one to three more after dots (๑.๑, ๒.๓.๑), then a space: a sub-item.
    [GeneratedRegex(@"^[๐-๙0-9]{1,2}(?:\.[๐-๙0-9]{1,2}){1,3}\.?\s")]
    private static partial Regex SubItem();
}
