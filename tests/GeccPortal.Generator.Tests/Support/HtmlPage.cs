using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GeccPortal.Generator.Tests.Support;

/// <summary>A built page parsed for structural assertions (CSS selectors, document order).</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public HtmlPage(string html) => Document = Parser.ParseDocument(html);

    public IDocument Document { get; }

    public IElement One(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");

    public string Text(string selector) => One(selector).TextContent.Trim();

    public IReadOnlyList<string> Texts(string selector) => [.. Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    /// <summary>The text a sighted reader sees: without the parts only screen readers get (<c>.visually-hidden</c>).</summary>
    public IReadOnlyList<string> VisibleTexts(string selector) =>
        [.. Document.QuerySelectorAll(selector).Select(e => string.Concat(e.Descendants<AngleSharp.Dom.IText>()
            .Where(text => text.ParentElement?.Closest(".visually-hidden") is null)
            .Select(text => text.Data)).Trim())];

    /// <summary>Asserts that the first element of each selector appears in this order in the page.</summary>
    public void AssertInOrder(params string[] selectors)
    {
        var all = Document.All.ToList();
        var positions = selectors.Select(s => all.IndexOf(One(s))).ToList();
        for (var i = 1; i < positions.Count; i++)
        {
            Assert.True(positions[i - 1] < positions[i], $"'{selectors[i - 1]}' should come before '{selectors[i]}'");
        }
    }
}
