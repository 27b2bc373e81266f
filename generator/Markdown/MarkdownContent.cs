namespace GeccPortal.Generator.Markdown;

/// <summary>
/// A Markdown body converted once: safe HTML for the page, plain text for excerpts and search, and the notes written as
/// footnotes (<see cref="FootnoteNotes"/>), apart from the text so a letter can print them below its signature and
/// contact block, at the foot of its last sheet, instead of between its last paragraph and its closing.
/// </summary>
public sealed record MarkdownContent(string Html, string PlainText)
{
    /// <summary>The notes' HTML (<c>&lt;div class="footnotes"&gt;</c>), or empty.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The text, then the notes, where nothing stands between them (a plain page).</summary>
    public string HtmlWithNotes => Html + Notes;
}
