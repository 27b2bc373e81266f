using Ganss.Xss;

using GeccPortal.Generator.Markdown.ThaiLineBreaks;

using Markdig;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Markdown to HTML and plain text, with one pipeline built once for the whole build. Each body is
/// parsed once; the plain text is read from the same sanitised HTML tree as the page.
/// <para>
/// Raw HTML is allowed in Markdown (editors paste tables from word processors) and the rendered HTML is
/// then sanitised with HtmlSanitizer: <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>on*</c> event
/// attributes and <c>javascript:</c> URLs are removed; only http, https and mailto links and relative
/// URLs survive. The plain text comes from the sanitised tree, so it never holds script text either.
/// </para>
/// </summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Use<ThaiLineBreakExtension>()
        .Build();

    // One sanitiser per thread: bodies are converted on all cores, and a sanitiser is not documented as thread-safe.
    private readonly ThreadLocal<HtmlSanitizer> _sanitizer = new(CreateSanitizer);

    public MarkdownContent Convert(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, _pipeline);
        var body = _sanitizer.Value!.SanitizeDom(html).Body!;
        return new MarkdownContent(body.InnerHtml, HtmlPlainText.Of(body));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
