using AngleSharp.Dom;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Headings a body gives itself with <c>#</c> (<c># เรื่อง …</c>, pasted from another Markdown file) are set one level
/// below the page's own: the letter's subject is the page's one <c>h1</c>, which screen readers and the outline go by, and
/// a second one made two pages' titles of one. Only when the body has an <c>h1</c>; an <c>h6</c> stays one.
/// </summary>
public static class BodyHeadings
{
    public static void Demote(IElement body)
    {
        if (body.QuerySelector("h1") is null)
        {
            return;
        }

        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5").ToList())
        {
            var level = heading.LocalName[1] - '0';
            var lower = body.Owner!.CreateElement("h" + (level + 1));
            foreach (var attribute in heading.Attributes)
            {
                lower.SetAttribute(attribute.Name, attribute.Value);
            }

            while (heading.FirstChild is { } child)
            {
                lower.AppendChild(child);
            }

            heading.Replace(lower);
        }
    }
}
