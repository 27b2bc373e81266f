using AngleSharp.Dom;

using GeccPortal.Generator.Markdown.ThaiLineBreaks;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Gives each numbered line after a line break (<c>๒. รองผู้ว่าราชการจังหวัด …</c>, which <see cref="ThaiLineBreakExtension"/>
/// starts on a line of its own), and each definition (<c>“…” หมายความว่า</c>), the paragraph's indent, as a printed letter sets members and steps: the paragraph's
/// first line is indented by CSS <c>text-indent</c>, which does not reach the lines after a <c>&lt;br&gt;</c>, so
/// ๑. stood indented and ๒. ๓. at the margin. An empty <c>&lt;span class="item-indent"&gt;</c> before each such line is
/// sized by the stylesheet as the indent (screen, phone and print alike). It holds no text, so plain text, excerpts
/// and the index do not change; only paragraphs at the top of the body, not table cells or lists, are marked.
/// </summary>
public static class NumberedLineIndents
{
    public const string ClassName = "item-indent";

    public static void Mark(IElement body)
    {
        var lineBreaks = body.Children.Where(child => child.LocalName == "p")
            .SelectMany(paragraph => paragraph.Children.Where(child => child.LocalName == "br"))
            .ToList();
        foreach (var lineBreak in lineBreaks)
        {
            if (lineBreak.NextSibling is not IText text)
            {
                continue;
            }

            // Markdig writes "<br>\n": the newline stays before the mark, where a line's leading white space collapses.
            var data = text.Data;
            var newline = data.StartsWith('\n') ? 1 : 0;
            if (!ThaiLineBreakExtension.IsNumberedLine(data.AsSpan(newline)) && !ThaiLineBreakExtension.IsDefinition(data.AsSpan(newline)))
            {
                continue;
            }

            var document = text.Owner!;
            var mark = document.CreateElement("span");
            mark.ClassName = ClassName;
            if (newline == 1)
            {
                text.Parent!.InsertBefore(document.CreateTextNode("\n"), text);
                text.Data = data[1..];
            }

            text.Parent!.InsertBefore(mark, text);
        }
    }
}
