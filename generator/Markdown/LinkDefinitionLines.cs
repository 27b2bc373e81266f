using System.Text;
using System.Text.RegularExpressions;

using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown;

/// <summary>
/// Lines Markdown reads as a link's address or a note and then hides, though the editor wrote them to be read: a note
/// typed as <c>[1]: ข้อความ</c> (its "address" is Thai text, so its mark <c>[1]</c> became a link to nowhere and the
/// note vanished), an address no link uses (<c>[เว็บ]: https://…</c> as a list of sources), and a footnote
/// (<c>[^1]: …</c>) whose mark is not in the text. Each is kept as the text typed (<see cref="KeepAsText"/>), and the
/// loader warns at its line (<c>Content.LinkDefinitionWarnings</c>). A definition of an address that a link uses is
/// Markdown's, and works as Markdown says.
/// </summary>
public static partial class LinkDefinitionLines
{
    public enum Kind
    {
        /// <summary>Text where an address goes: a note, never an address.</summary>
        Note,

        /// <summary>An address no link in the text names.</summary>
        UnusedAddress,

        /// <summary>A footnote whose mark is not in the text.</summary>
        UnmarkedNote,
    }

    /// <param name="Line">The line's index in the text, from 0.</param>
    /// <param name="Offset">Where its <c>[</c> stands in the text.</param>
    /// <param name="End">Where it ends in the text (its last character).</param>
    public readonly record struct Definition(int Line, int Column, int Offset, int End, string Label, string Text, Kind Kind);

    /// <summary>A cheap test before any parsing: every such line holds <c>]:</c>.</summary>
    public static bool MayHold(string text) => text.Contains("]:", StringComparison.Ordinal);

    /// <summary>The definitions of <paramref name="document"/>, parsed from <paramref name="text"/>, that Markdown would hide though meant to be read.</summary>
    public static IReadOnlyList<Definition> Find(MarkdownDocument document, string text)
    {
        var found = new List<Definition>();
        var used = document.Descendants<LinkInline>().Select(link => link.Reference).OfType<LinkReferenceDefinition>().ToHashSet();
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            // A footnote's definition stays in the tree when Markdig drops the note for want of its mark.
            var kind = definition is FootnoteLinkReferenceDefinition footnote ? footnote.Footnote.Links.Count == 0 ? Kind.UnmarkedNote : (Kind?)null
                : !IsAddress(definition.Url) ? Kind.Note
                : used.Contains(definition) ? null : Kind.UnusedAddress;
            if (kind is { } shown && StartsAt(text, definition.Span.Start))
            {
                found.Add(new(definition.Line, definition.Column, definition.Span.Start, definition.Span.End, definition.Label ?? "",
                    LineAt(text, definition.Span.Start), shown));
            }
        }

        return [.. found.OrderBy(definition => definition.Offset)];
    }

    /// <summary>
    /// The text with each of <paramref name="definitions"/> made a paragraph of its own, as typed: its <c>[</c> escaped
    /// (a footnote's <c>^</c> dropped, <c>[1]: …</c> reads as the printed letter's note), and a blank line after it, so
    /// the next line is not run into it.
    /// </summary>
    public static string KeepAsText(string text, IReadOnlyList<Definition> definitions)
    {
        var kept = new StringBuilder(text);
        foreach (var definition in definitions.OrderByDescending(definition => definition.Offset))
        {
            var lineEnd = text.IndexOf('\n', Math.Min(definition.End, text.Length - 1));
            if (lineEnd >= 0 && lineEnd + 1 < text.Length && text[lineEnd + 1] != '\n' && text[lineEnd + 1] != '\r')
            {
                kept.Insert(lineEnd + 1, '\n');
            }

            if (definition.Kind == Kind.UnmarkedNote && definition.Offset + 1 < text.Length && text[definition.Offset + 1] == '^')
            {
                kept.Remove(definition.Offset + 1, 1);
            }

            kept.Insert(definition.Offset, '\\');
        }

        return kept.ToString();
    }

    /// <summary>
    /// Whether a definition's destination is an address: a scheme (<c>https:</c>, <c>mailto:</c>), a path from the site
    /// or the page (<c>/</c>, <c>./</c>, <c>#</c>), a host (<c>www.</c>), or a file or host name ending in Latin letters
    /// (<c>แบบฟอร์ม.pdf</c>, <c>example.go.th</c>). Thai words (<c>ข้อมูลจากกรม</c>, <c>ม.ค.</c>) are none.
    /// </summary>
    public static bool IsAddress(string? url) => url is { Length: > 0 } && AddressShape().IsMatch(url);

    [GeneratedRegex(@"^(?:[A-Za-z][A-Za-z0-9+.\-]{0,20}:|[/#]|\.{1,2}/|www\.)|\.[A-Za-z][A-Za-z0-9]{1,5}(?:[/?#].*)?$|^[\x21-\x7E]*/[\x21-\x7E]*$")]
    private static partial Regex AddressShape();

    private static bool StartsAt(string text, int offset) => offset >= 0 && offset < text.Length && text[offset] == '[';

    private static string LineAt(string text, int offset)
    {
        var end = text.IndexOf('\n', offset);
        return text[offset..(end < 0 ? text.Length : end)].TrimEnd('\r', ' ', '\t');
    }
}
