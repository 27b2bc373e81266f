using System.Text.RegularExpressions;

using AngleSharp.Dom;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Notes under a letter's text (<c>ข้อมูล ณ วันที่ …[^1]</c> and <c>[^1]: ที่มา …</c>), as Markdig's footnotes write them,
/// made to read as the rest of the page: the note numbers in the site's digits, and the links named for a reader who
/// hears them (a bare "1" and "↩" say nothing). Without footnotes CommonMark read <c>[^1]: ข้อความ</c> as a link
/// definition whose address was the Thai text: the note vanished and its mark became a dead link.
/// </summary>
public static partial class FootnoteNotes
{
    private const string NoteLinkSelector = "a.footnote-ref";
    private const string BackLinkSelector = "a.footnote-back-ref";

    public static void Mark(IElement body, DigitStyle digits)
    {
        foreach (var link in body.QuerySelectorAll(NoteLinkSelector))
        {
            var number = ThaiDigitsOf(link.TextContent.Trim(), digits);
            if (link.QuerySelector("sup") is { } sup)
            {
                sup.TextContent = number;
            }

            link.SetAttribute("aria-label", "หมายเหตุ " + number);
        }

        foreach (var link in body.QuerySelectorAll(BackLinkSelector))
        {
            link.SetAttribute("aria-label", "กลับไปยังข้อความ");
        }
    }

    /// <summary>
    /// Takes the notes out of the body (Markdig writes them last, in <c>&lt;div class="footnotes"&gt;</c>) and returns
    /// their HTML, or empty: on paper they printed between the letter's last paragraph and its closing, splitting the
    /// text from its signature (site probe 10); the page prints them after the letter.
    /// </summary>
    public static string Detach(IElement body)
    {
        var notes = body.Children.LastOrDefault(child => child.LocalName == "div" && child.ClassList.Contains("footnotes"));
        if (notes is null)
        {
            return "";
        }

        var html = notes.OuterHtml;
        notes.Remove();
        return html;
    }

    /// <summary>An id or class Markdig's footnotes write (<c>fn:1</c>, <c>fnref:1</c>, <c>footnote-ref</c>, …), which the sanitiser keeps.</summary>
    public static bool IsOwnAttribute(string name, string value) => name switch
    {
        "id" => OwnId().IsMatch(value),
        "class" => value is "footnotes" or "footnote-ref" or "footnote-back-ref",
        _ => false,
    };

    [GeneratedRegex(@"^fn(?:ref)?:\d{1,4}$")]
    private static partial Regex OwnId();

    private static string ThaiDigitsOf(string number, DigitStyle digits) =>
        digits == DigitStyle.Thai ? ThaiDigits.ToThai(number) : number;
}
