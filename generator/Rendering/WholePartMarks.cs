using AngleSharp.Dom;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Wraps the <see cref="WholeParts.FindInBody"/> parts of a body's text (refs, cited dates, phone numbers, postcodes, counts) in
/// <c>&lt;span class="whole"&gt;</c>, which the stylesheet keeps on one line: a letter's body cites refs and
/// lists phones (<c>โทรศัพท์ ๐ ๒๒๘๓ ๔๔๘๕</c>) that otherwise break at their spaces, on screen and in print.
/// Only the HTML changes; the plain text for excerpts and the index is read before.
/// </summary>
public static class WholePartMarks
{
    /// <summary>Elements whose text is left as it is: code keeps its own layout.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "pre", "code", "script", "style", "textarea" };

    public static void Mark(IElement root)
    {
        var texts = new List<IText>();
        Collect(root, texts);
        foreach (var text in texts)
        {
            var parts = WholeParts.FindInBody(text.Data);
            if (parts.Count > 0)
            {
                Wrap(text, parts);
            }
        }
    }

    private static void Collect(INode node, List<IText> texts)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    texts.Add(text);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName) && !element.ClassList.Contains("whole"):
                    Collect(element, texts);
                    break;
            }
        }
    }

    /// <summary>Replaces the text node by its text between the parts and a span for each part.</summary>
    private static void Wrap(IText text, IReadOnlyList<(int Start, int Length)> parts)
    {
        var document = text.Owner!;
        var parent = text.Parent!;
        var data = text.Data;
        var at = 0;
        foreach (var (start, length) in parts)
        {
            if (start > at)
            {
                parent.InsertBefore(document.CreateTextNode(data[at..start]), text);
            }

            var span = document.CreateElement("span");
            span.ClassName = "whole";
            span.TextContent = data.Substring(start, length);
            parent.InsertBefore(span, text);
            at = start + length;
        }

        if (at < data.Length)
        {
            parent.InsertBefore(document.CreateTextNode(data[at..]), text);
        }

        parent.RemoveChild(text);
    }
}
