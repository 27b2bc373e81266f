using AngleSharp.Dom;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Puts each table of a body in a box that scrolls sideways on a narrow screen and that the keyboard can reach:
/// <c>&lt;div class="table-scroll" role="region" tabindex="0" aria-label="ตาราง"&gt;</c>. The table itself was made
/// the scrolling box before (CSS <c>display: block</c>), which a keyboard could not focus, so on a phone the columns
/// past the edge could not be read without a mouse or a finger (axe: scrollable-region-focusable), and which some
/// screen readers no longer read as a table. Several tables are numbered (ตาราง ๑, ตาราง ๒) in the site's digits,
/// as two regions of one name cannot be told apart. A table inside another table's cell scrolls with it.
/// </summary>
public static class TableScrollRegions
{
    public const string ClassName = "table-scroll";

    public static void Wrap(IElement body, DigitStyle digits)
    {
        var tables = body.QuerySelectorAll("table")
            .Where(table => table.ParentElement?.Closest("table") is null)
            .ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var region = table.Owner!.CreateElement("div");
            region.ClassName = ClassName;
            region.SetAttribute("role", "region");
            region.SetAttribute("tabindex", "0");
            region.SetAttribute("aria-label", tables.Count == 1 ? "ตาราง" : "ตาราง " + ThaiDigits.Format(i + 1, digits));
            table.Parent!.ReplaceChild(region, table);
            region.AppendChild(table);
        }
    }
}
