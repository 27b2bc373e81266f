using System.Text.RegularExpressions;

using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown.EmailLinks;

/// <summary>
/// Links an e-mail address written bare in a letter's text (<c>saraban@dla.go.th</c>, often glued to the Thai word
/// before it) as <c>mailto:</c>, as web addresses are linked (<c>UseAutoLinks</c>). Only running text: code spans and
/// fences are not inlines of text, an address already in a link (Markdown's or <c>&lt;…&gt;</c>) is left to it, and a
/// paragraph holding a raw HTML link is left alone, as its text may be that link's. An address whose local part or
/// domain is emphasised is linked whole (<see cref="EmphasisCutAddresses"/>); one that runs into other text Markdig
/// parsed apart is not linked rather than linked in part.
/// </summary>
public sealed partial class BareEmailLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= LinkAddresses;
        pipeline.DocumentProcessed += LinkAddresses;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void LinkAddresses(MarkdownDocument document)
    {
        foreach (var emphasis in document.Descendants<EmphasisInline>().Where(e => !InsideLink(e) && !BesideRawLink(e)).ToList())
        {
            EmphasisCutAddresses.Link(emphasis, text => Address().Match(text), IsAddressChar);
        }

        var literals = document.Descendants<LiteralInline>()
            .Where(literal => literal.Content.AsSpan().Contains('@') && !InsideLink(literal) && !BesideRawLink(literal))
            .ToList();
        foreach (var literal in literals)
        {
            Link(literal);
        }
    }

    private static void Link(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var matches = Address().Matches(text)
            .Where(match => (match.Index > 0 || !RunsOn(literal.PreviousSibling, last: true))
                && (match.Index + match.Length < text.Length || !RunsOn(literal.NextSibling, last: false)))
            .ToList();
        if (matches.Count == 0)
        {
            return;
        }

        var start = 0;
        Inline current = literal;
        literal.Content = new StringSlice(text, 0, matches[0].Index - 1);
        foreach (var match in matches)
        {
            if (match.Index > start && current != literal)
            {
                current = InsertAfter(current, new LiteralInline(text[start..match.Index]));
            }

            var link = new LinkInline("mailto:" + match.Value, "");
            link.AppendChild(new LiteralInline(match.Value));
            current = InsertAfter(current, link);
            start = match.Index + match.Length;
        }

        if (start < text.Length)
        {
            InsertAfter(current, new LiteralInline(text[start..]));
        }

        if (matches[0].Index == 0)
        {
            literal.Remove();
        }
    }

    private static Inline InsertAfter(Inline current, Inline next)
    {
        current.InsertAfter(next);
        return next;
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the literal's paragraph holds a raw <c>&lt;a</c> tag, whose text it may be.</summary>
    private static bool BesideRawLink(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        return container is not null && container.Descendants<HtmlInline>()
            .Any(html => html.Tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) && html.Tag.Length > 2 && !char.IsLetterOrDigit(html.Tag[2]));
    }

    /// <summary>Whether the text beside the literal continues an address across Markdig's split (<c>first_last@…</c>).</summary>
    private static bool RunsOn(Inline? beside, bool last) =>
        (last ? ThaiLineBreaks.AdjacentText.LastChar(beside) : ThaiLineBreaks.AdjacentText.FirstChar(beside)) is { } c && IsAddressChar(c);

    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    // A local part, @, and a domain of two or more labels ending in letters; not after a character an address or a
    // URL's authority would hold, so part of a longer word or of http://user@host is never linked.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-/:@])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])")]
    private static partial Regex Address();
}
