using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Plain words for the YAML slips editors make most, in place of the parser's own message ("While scanning a
/// simple key, could not find expected ':'"): each names the slip and shows the line written right.
/// </summary>
internal static partial class YamlSlipHints
{
    /// <param name="parserMessage">YamlDotNet's message, without its marks.</param>
    /// <param name="lines">The YAML text's lines.</param>
    /// <param name="index">The line the parser marked, from 0.</param>
    /// <returns>The hint, or null when the slip is none of the known ones.</returns>
    public static string? For(string parserMessage, IReadOnlyList<string> lines, int index)
    {
        if (index < 0 || index >= lines.Count)
        {
            return null;
        }

        var line = lines[index].TrimEnd('\r');
        var pair = KeyValue().Match(line);
        var key = pair.Success ? pair.Groups["key"].Value : null;
        var value = pair.Success ? pair.Groups["value"].Value.Trim() : line.Trim();

        // YamlDotNet's "Duplicate key ref": a key copied from another letter and typed again below.
        if (parserMessage.StartsWith("Duplicate key", StringComparison.Ordinal) && key is not null)
        {
            return $"'{key}' is written a second time here, in the same block; keep one of the two";
        }

        if (line.Contains('：', StringComparison.Ordinal))
        {
            return "this line has a full-width colon '：'; type ':' followed by a space";
        }

        if (parserMessage.Contains("cannot start any token", StringComparison.Ordinal) && value.Length > 0 && value[0] is '`' or '@' or '%')
        {
            return $"a value cannot start with '{value[0]}'; put it in quotes: {Quoted(key, value)}";
        }

        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal) && parserMessage.Contains("end of stream", StringComparison.Ordinal))
        {
            return "this quote is never closed; end the value with the same quote mark on this line";
        }

        // A quote opened and not closed on its line, with keys below it: the parser reads on into them and names the
        // indentation of the next line ("found wrong indentation"), not the quote.
        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal) && value.Length > 1 && value[0] is '"' or '\''
            && value.IndexOf(value[0], 1) < 0)
        {
            return $"this quote is never closed; end the value with the same quote mark on this line: {(key is null ? "" : key + ": ")}{value}{value[0]}";
        }

        if (parserMessage.Contains("did not find expected key", StringComparison.Ordinal) && value.Length > 0)
        {
            if (value[0] is '"' or '\'')
            {
                var other = value[0] == '"' ? '\'' : '"';
                return $"text follows the closing quote; quote the whole value, with the other quote mark ({other}) around it";
            }

            if (value[0] is '*' or '&' or '!')
            {
                return $"a value starting with '{value[0]}' means something else in YAML; put it in quotes: {Quoted(key, value)}";
            }
        }

        if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            if (key is not null && value.Contains(": ", StringComparison.Ordinal))
            {
                return CurlyQuotes.Inside(value) is { } inside
                    ? $"the value holds ': ', which YAML reads as another key, and its curly quotes (“ ”, as Word puts them in) are not quotes to YAML; type straight ones: {Quoted(key, inside)}"
                    : $"the value holds ': ', which YAML reads as another key; put the value in quotes: {Quoted(key, value)}";
            }

            if (PreviousLine(lines, index) is { } above && Indent(line) > Indent(above))
            {
                return "this line is indented deeper than the line above it; keys of one block start in the same column";
            }
        }

        if (parserMessage.Contains("could not find expected ':'", StringComparison.Ordinal))
        {
            if (ColonWithoutSpace().Match(line) is { Success: true } glued)
            {
                return $"put a space after ':' ({glued.Groups["key"].Value}: {glued.Groups["value"].Value.Trim()})";
            }

            if (PreviousLine(lines, index) is { } above && above.TrimStart().StartsWith("- ", StringComparison.Ordinal) && Indent(above) == Indent(line))
            {
                return "each item of a list starts with '- '";
            }

            return "this line is not 'key: value'; indent a value that goes on under its key, or put body text after the closing ---";
        }

        return null;
    }

    private static string Quoted(string? key, string value)
    {
        var quoted = "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return key is null ? quoted : $"{key}: {quoted}";
    }

    private static string? PreviousLine(IReadOnlyList<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#'))
            {
                return lines[i];
            }
        }

        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z][\w.-]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z][\w.-]*):(?<value>[^\s].*)$")]
    private static partial Regex ColonWithoutSpace();
}
