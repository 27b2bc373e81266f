using AngleSharp.Html.Parser;

using Ganss.Xss;

using GeccPortal.Generator.Markdown.EmailLinks;
using GeccPortal.Generator.Markdown.ThaiLineBreaks;
using GeccPortal.Thai;

using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Markdown to HTML and plain text, with one pipeline built once for the whole build. Each body is
/// parsed once; the plain text is read from the same HTML tree as the page.
/// <para>
/// Raw HTML is allowed in Markdown (editors paste tables from word processors) and the rendered HTML is
/// then sanitised with HtmlSanitizer: <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>on*</c> event
/// attributes and <c>javascript:</c> URLs are removed; only http, https and mailto links and relative
/// URLs survive. The plain text comes from the sanitised tree, so it never holds script text either.
/// </para>
/// <para>
/// A body with nothing the sanitiser could remove (see <see cref="SanitizerCheck"/>: no raw HTML, no
/// styled table cells, only safe link addresses) is only parsed into the same kind of tree: Markdig escapes
/// all its text, and the sanitiser would hand back the tree unchanged (a test holds both paths equal). The
/// sanitiser parses every style and URL, and setting it up compiles some 450 methods at run time.
/// </para>
/// </summary>
public sealed class MarkdownConverter
{
    // One pipeline for every body and every thread (Markdig's pipelines are made to be shared), also read by the
    // loader's checks of a body (Parse), so what they warn about is what the page shows.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private readonly MarkdownPipeline _pipeline = Pipeline;

    // One sanitiser and one parser per thread: bodies are converted on all cores, and neither is documented
    // as thread-safe. Both are made on first use, so a build whose bodies need no sanitiser never makes one.
    private readonly ThreadLocal<HtmlSanitizer> _sanitizer = new(CreateSanitizer);
    private readonly ThreadLocal<HtmlParser> _parser = new(() => new HtmlParser());

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseFootnotes()
            .Use<BareEmailLinkExtension>()
            .Use<ThaiLineBreakExtension>();
        // A paragraph indented by a tab or four spaces is how editors type ย่อหน้า and what text pasted from Word
        // holds; CommonMark reads it as code, one line that does not wrap, cut off on a phone and on paper. Letters
        // hold no code: such lines are paragraphs (the page indents them itself), and ``` fences still make code.
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder.Build();
    }

    /// <param name="basePath">The site's base path (<c>/</c> or <c>/gecc/</c>): a link or image an editor wrote
    /// from the site's root (<c>/circulars/a/</c>) is moved under it, as every other link of the site is.</param>
    /// <param name="digits">The site's digits, for the numbers of several tables' names (<see cref="TableScrollRegions"/>).</param>
    public MarkdownContent Convert(string markdown, string basePath = "/", DigitStyle digits = DigitStyle.Thai)
    {
        var document = ParseBody(markdown);
        if (basePath != "/")
        {
            RebaseRootLinks(document, basePath);
        }

        var html = document.ToHtml(_pipeline);
        return SanitizerCheck.IsNeeded(document, html) ? Sanitized(html, digits) : Parsed(html, digits);
    }

    /// <summary><c>/x</c> becomes <c>/gecc/x</c>; <c>//host/x</c> (another host) and relative links stay as written.</summary>
    private static void RebaseRootLinks(MarkdownDocument document, string basePath)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
                && !url.StartsWith(basePath, StringComparison.Ordinal))
            {
                link.Url = basePath + url[1..];
            }
        }
    }

    /// <summary>Whether <see cref="Convert"/> sends this body through the sanitiser.</summary>
    internal bool NeedsSanitizer(string markdown)
    {
        var document = ParseBody(markdown);
        return SanitizerCheck.IsNeeded(document, document.ToHtml(_pipeline));
    }

    /// <summary>The body through the sanitiser, whatever it holds; tests compare it with <see cref="Convert"/>.</summary>
    internal MarkdownContent ConvertSanitized(string markdown) => Sanitized(ParseBody(markdown).ToHtml(_pipeline), DigitStyle.Thai);

    /// <summary>A body as Markdown reads it with this site's extensions, for the loader's checks.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// The body as the page shows it: Word's no-break spaces plain (<see cref="PastedSpaces"/>), without pasted sheet marks (<see cref="SheetMarkLines"/>), and with the lines
    /// Markdown would hide though written to be read kept as typed (<see cref="LinkDefinitionLines"/>; parsed a second
    /// time, only in a body that has such lines).
    /// </summary>
    private MarkdownDocument ParseBody(string markdown)
    {
        var text = SheetMarkLines.Strip(PastedSpaces.Plain(markdown));
        var document = Markdig.Markdown.Parse(text, _pipeline);
        if (!LinkDefinitionLines.MayHold(text) || LinkDefinitionLines.Find(document, text) is not { Count: > 0 } hidden)
        {
            return document;
        }

        return Markdig.Markdown.Parse(LinkDefinitionLines.KeepAsText(text, hidden), _pipeline);
    }

    private MarkdownContent Sanitized(string html, DigitStyle digits) => FromBody(_sanitizer.Value!.SanitizeDom(html).Body!, digits);

    // The same document shape the sanitiser parses into, so the two trees serialise alike.
    private MarkdownContent Parsed(string html, DigitStyle digits) => FromBody(_parser.Value!.ParseDocument("<!doctype html><html><body>" + html).Body!, digits);

    /// <summary>
    /// The plain text first; then note numbers in the site's digits, refs, dates and phones in the HTML are kept whole on a line, numbered lines
    /// indented, wide tables' columns sized, and tables put in boxes a keyboard can scroll. After the sanitiser, which would drop the boxes' role.
    /// </summary>
    private static MarkdownContent FromBody(AngleSharp.Dom.IElement body, DigitStyle digits)
    {
        var text = HtmlPlainText.Of(body);
        BodyHeadings.Demote(body);
        FootnoteNotes.Mark(body, digits);
        NumberedLineIndents.Mark(body);
        Rendering.WholePartMarks.Mark(body);
        TableColumnWidths.Mark(body);
        TableScrollRegions.Wrap(body, digits);
        var notes = FootnoteNotes.Detach(body);
        return new(body.InnerHtml, text) { Notes = notes };
    }

    private static readonly string[] WordTypeProperties = ["font", "font-family", "font-size", "line-height"];

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in SanitizerCheck.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Pasted Word HTML sets its own fonts and sizes (font-family "TH SarabunPSK", font-size 16pt) on paragraphs and
        // spans: they printed a paragraph half again as large as the rest (the print sheet sizes Sarabun to match TH
        // Sarabun New 16 pt) and in another font where TH SarabunPSK is not installed. The site sets the letter's type.
        foreach (var property in WordTypeProperties)
        {
            sanitizer.AllowedCssProperties.Remove(property);
        }

        // Notes (footnotes) link to each other by id, and FootnoteNotes finds them by class: both are kept for them only.
        sanitizer.RemovingAttribute += (_, e) => e.Cancel = FootnoteNotes.IsOwnAttribute(e.Attribute.Name, e.Attribute.Value);
        return sanitizer;
    }
}
