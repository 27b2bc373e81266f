using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown.EmailLinks;

/// <summary>
/// An e-mail address whose local part or domain is set in bold or italics (<c>**saraban**@dla.go.th</c>,
/// <c>saraban@*dla.go.th*</c>), as letters stress the address to write to: Markdig cuts it at the emphasis, so neither
/// piece read as an address and it was not linked. The link is put round both pieces, the emphasis kept inside it.
/// Only an emphasis holding plain text, and only an address that starts and ends in the two pieces.
/// </summary>
internal static class EmphasisCutAddresses
{
    /// <param name="isAddressChar">Whether a character may be part of an address, to tell an address cut short.</param>
    public static void Link(EmphasisInline emphasis, Func<string, System.Text.RegularExpressions.Match> firstAddress, Func<char, bool> isAddressChar)
    {
        if (!emphasis.All(child => child is LiteralInline) || TextOf(emphasis) is not { Length: > 0 } inner)
        {
            return;
        }

        if (emphasis.NextSibling is LiteralInline after && after.Content.ToString() is ['@', ..] domain
            && !EndsWithAddressChar(emphasis.PreviousSibling, isAddressChar))
        {
            var match = firstAddress(inner + domain);
            if (match.Success && match.Index == 0 && match.Length > inner.Length
                && (match.Length < inner.Length + domain.Length || !StartsWithAddressChar(after.NextSibling, isAddressChar)))
            {
                var link = LinkAt(emphasis, match.Value);
                emphasis.Remove();
                link.AppendChild(emphasis);
                link.AppendChild(new LiteralInline(domain[..(match.Length - inner.Length)]));
                Keep(after, domain[(match.Length - inner.Length)..]);
            }
        }
        else if (emphasis.PreviousSibling is LiteralInline before && before.Content.ToString() is [.., '@'] local
            && !StartsWithAddressChar(emphasis.NextSibling, isAddressChar))
        {
            var start = local.Length - 1;
            while (start > 0 && isAddressChar(local[start - 1]))
            {
                start--;
            }

            var match = firstAddress(local[start..] + inner);
            if (match.Success && match.Index == 0 && match.Length == local.Length - start + inner.Length)
            {
                var link = LinkAt(emphasis, match.Value);
                emphasis.Remove();
                link.AppendChild(new LiteralInline(local[start..]));
                link.AppendChild(emphasis);
                Keep(before, local[..start]);
            }
        }
    }

    /// <summary>A link put where the emphasis stands. After it, not before: Markdig's <c>InsertBefore</c> leaves the new
    /// inline without its previous sibling, and a walk of the tree (<c>Descendants</c>) then stopped there, so the Thai line
    /// breaks before the address were never looked at.</summary>
    private static LinkInline LinkAt(Inline inline, string address)
    {
        var link = new LinkInline("mailto:" + address, "");
        inline.InsertAfter(link);
        return link;
    }

    /// <summary>The literal keeps the text left outside the address, or goes when none is left.</summary>
    private static void Keep(LiteralInline literal, string text)
    {
        if (text.Length == 0)
        {
            literal.Remove();
        }
        else
        {
            literal.Content = new StringSlice(text);
        }
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.OfType<LiteralInline>().Select(literal => literal.Content.ToString()));

    private static bool EndsWithAddressChar(Inline? inline, Func<char, bool> isAddressChar) =>
        ThaiLineBreaks.AdjacentText.LastChar(inline) is { } c && isAddressChar(c);

    private static bool StartsWithAddressChar(Inline? inline, Func<char, bool> isAddressChar) =>
        ThaiLineBreaks.AdjacentText.FirstChar(inline) is { } c && isAddressChar(c);
}
