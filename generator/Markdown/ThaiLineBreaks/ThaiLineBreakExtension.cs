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
/// backslash) are kept, and so is a break next to a digit, ๆ or ฯ, which Thai writing follows with a space.
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
        foreach (var lineBreak in joins)
        {
            lineBreak.Remove();
        }

        foreach (var lineBreak in document.Descendants<LineBreakInline>().Where(b => !b.IsHard && StartsNumberedItem(b.NextSibling)))
        {
            lineBreak.IsHard = true;
        }
    }

    private static bool StartsNumberedItem(Inline? next) =>
        next is LiteralInline literal && IsNumberedItem(literal.Content.AsSpan());

    /// <summary>Whether a line's text starts with an item's number as letters print it (<c>๒. </c>, <c>(๓) </c>).</summary>
    internal static bool IsNumberedItem(ReadOnlySpan<char> line) => NumberedItem().IsMatch(line);

    // One to three digits, then a dot or bracket and a space, or the number in brackets: not a year (๒๕๖๘) or a
    // decimal (๑.๕), which a wrapped sentence may start a line with.
    [GeneratedRegex(@"^(?:[๐-๙0-9]{1,3}[.)]|\([๐-๙0-9]{1,3}\))\s")]
    private static partial Regex NumberedItem();
}
