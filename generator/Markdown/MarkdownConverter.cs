using GeccPortal.Generator.Markdown.ThaiLineBreaks;

using Ganss.Xss;

using Markdig;
using Markdig.Renderers;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Markdown to HTML and plain text, with one pipeline built once for the whole build. Each body is
/// parsed once; both outputs are rendered from the same syntax tree.
/// <para>
/// Raw HTML is allowed in Markdown (editors paste tables from word processors) and the rendered HTML is
/// then sanitised with HtmlSanitizer: <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>on*</c> event
/// attributes and <c>javascript:</c> URLs are removed; only http, https and mailto links and relative
/// URLs survive. The plain text never contains raw HTML at all.
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

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public MarkdownContent Convert(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var html = Render(document, htmlAllowed: true);
        var text = Render(document, htmlAllowed: false);
        return new MarkdownContent(_sanitizer.Sanitize(html), text.Trim());
    }

    private string Render(Markdig.Syntax.MarkdownDocument document, bool htmlAllowed)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = htmlAllowed,
            EnableHtmlForInline = htmlAllowed,
            EnableHtmlEscape = htmlAllowed,
        };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
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
