using System.Globalization;
using System.Text;

namespace GeccPortal.Search.Http;

/// <summary>What a client typed, made safe to hand to the searcher as plain text.</summary>
internal static class QueryText
{
    /// <summary>
    /// Control characters (tabs and newlines pasted from a document, NULs, escape codes) become spaces and
    /// lone surrogates are dropped: the searcher only ever sees printable text. Everything else is kept as typed;
    /// quotes, <c>*</c>, <c>:</c> and the like are ordinary characters to the searcher.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                continue;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.Control)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>A short quotation of what the client sent, for error messages: long input is cut, never echoed whole.</summary>
    public static string Quote(string? text)
    {
        const int Longest = 40;
        var clean = Clean(text);
        return clean.Length <= Longest ? $"'{clean}'" : $"'{clean[..Longest]}…' ({clean.Length} characters)";
    }
}
