using System.Text;
using System.Text.RegularExpressions;

using AngleSharp.Dom;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// The text of sanitised HTML, one line per block (paragraph, list item, table row, heading), for excerpts
/// and the search index. Taken from the sanitised tree, so script and style text can never reach it.
/// </summary>
public static partial class HtmlPlainText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
        "dl", "dt", "dd", "hr", "section", "article", "header", "footer", "figure", "figcaption",
    };

    public static string Of(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return BlankAroundNewlines().Replace(text.ToString(), "\n").Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode when !IsLayoutWhitespace(textNode):
                    text.Append(textNode.Data);
                    break;
                // A note's number and its way back ("1", "↩") are marks, not words: read into the text they would glue
                // a number to the word before them (๒๕๖๘1).
                case IElement { LocalName: "a" } link when link.ClassList.Contains("footnote-ref") || link.ClassList.Contains("footnote-back-ref"):
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append('\n');
                    Append(element, text);
                    text.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Append(cell, text);
                    text.Append(' ');
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    /// <summary>The line breaks Markdig writes between table cells and list items: not part of the text.</summary>
    private static bool IsLayoutWhitespace(IText node) =>
        string.IsNullOrWhiteSpace(node.Data) && node.ParentElement?.LocalName is "table" or "thead" or "tbody" or "tfoot" or "tr" or "ul" or "ol" or "dl";

    [GeneratedRegex(@"[ \t]*\n[\s]*")]
    private static partial Regex BlankAroundNewlines();
}
