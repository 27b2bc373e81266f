using System.Text.RegularExpressions;

using GeccPortal.Generator.Diagnostics;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeccPortal.Generator.Content;

/// <summary>
/// YAML text standing at a given line of a file. Parsed with YamlDotNet's representation model, which keeps
/// the start mark of every node, so each key's value can be traced back to <c>path:line:col</c>.
/// </summary>
public sealed partial record YamlSource(string Path, int FirstLine, string Text)
{
    public SourceLocation LocationOf(Mark mark) => new(Path, (int)mark.Line + FirstLine - 1, (int)mark.Column);

    /// <summary>The root mapping, an empty mapping for empty text, or null after reporting why it cannot be read.</summary>
    public YamlMappingNode? ParseMapping(DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(Text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            // YamlDotNet marks where the mapping holding a tab-indented line starts, not the line: point at the tab.
            if (FirstIndentingTab() is { } tab && ParserMessage(e).Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(tab, "invalid YAML: a tab indents this line; indent with spaces only");
                return null;
            }

            var message = ParserMessage(e);
            // YamlDotNet marks the document's start for an alias with no anchor: point at the '*' that began it.
            if (e is AnchorNotFoundException && UnknownAlias(message) is { } alias)
            {
                diagnostics.Error(alias,
                    "invalid YAML: a value starting with '*' means a reference to another value in YAML; put the whole value in quotes (\"*…\")");
                return null;
            }

            diagnostics.Error(LocationOf(e.Start), $"invalid YAML: {YamlSlipHints.For(message, Text.Split('\n'), (int)e.Start.Line - 1) ?? message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner throws these on some malformed text (an unclosed '[' followed by an indented
            // line) instead of a YamlException; it is still the editor's YAML: point at the open bracket, or
            // at least where the scanner stopped.
            if (UnclosedBracketBefore((int)scanner.CurrentPosition.Line) is { } open)
            {
                diagnostics.Error(open.Location,
                    $"invalid YAML: '{open.Bracket}' is never closed; if it is part of the text, put the value in quotes");
            }
            else
            {
                diagnostics.Error(LocationOf(scanner.CurrentPosition),
                    "invalid YAML: this line could not be read; check its brackets, quotes and indentation");
            }

            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            WarnDashWithoutSpace(mapping, diagnostics);
            return mapping;
        }

        diagnostics.Error(LocationOf(stream.Documents[0].RootNode.Start), "expected 'key: value' lines");
        return null;
    }

    /// <summary>
    /// '-item' lines under a key are no list to YAML but one text ("-หนึ่ง -สอง"), which is valid and would pass
    /// unseen: a plain value starting with '-' and a letter is warned about at its line.
    /// </summary>
    private void WarnDashWithoutSpace(YamlMappingNode mapping, DiagnosticBag diagnostics)
    {
        foreach (var node in mapping.AllNodes)
        {
            // '-ไม่มี-' (none), dashed on both sides, is a way of writing a value, not a slip.
            if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { Length: > 1 } value } && value[0] == '-' && char.IsLetter(value[1])
                && !value.EndsWith('-'))
            {
                diagnostics.Warning(LocationOf(node.Start),
                    $"'{value.Split(' ')[0]}' is read as text, not a list item; put a space after '-' to make a list (- {value[1..].Split(' ')[0]})");
            }
        }
    }

    /// <summary>Where the alias YamlDotNet names in "The anchor 'x' does not exists" is written (<c>*x</c>), or null.</summary>
    private SourceLocation? UnknownAlias(string message)
    {
        if (AnchorName().Match(message) is not { Success: true } name)
        {
            return null;
        }

        var alias = "*" + name.Groups["name"].Value;
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IndexOf(alias, StringComparison.Ordinal) is var at and >= 0)
            {
                return new SourceLocation(Path, FirstLine + i, at + 1);
            }
        }

        return null;
    }

    /// <summary>Where the first tab in a line's indent is (<c>path:line:col</c>, columns from 1), or null.</summary>
    private SourceLocation? FirstIndentingTab()
    {
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].IndexOf('\t', 0, indent) is var at and >= 0)
            {
                return new SourceLocation(Path, FirstLine + i, at + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The last line up to <paramref name="line"/> (of the YAML text, from 1) whose value opens a flow
    /// sequence or mapping ('[' or '{' first, after any key or dash) that the same line does not close.
    /// </summary>
    private (SourceLocation Location, char Bracket)? UnclosedBracketBefore(int line)
    {
        var lines = Text.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            if (OpeningBracket().Match(lines[i]) is { Success: true } match)
            {
                var bracket = match.Groups["open"].Value[0];
                var close = bracket == '[' ? ']' : '}';
                if (lines[i].Count(c => c == bracket) > lines[i].Count(c => c == close))
                {
                    return (new SourceLocation(Path, FirstLine + i, match.Groups["open"].Index + 1), bracket);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)*(?:[^\s#'""\[{][^:#]*:\s+)?(?<open>[\[{])")]
    private static partial Regex OpeningBracket();

    /// <summary>YamlDotNet prefixes its messages with the marks; the location is printed separately.</summary>
    private static string ParserMessage(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "");
        return e.InnerException is YamlException inner && message.Contains("See inner exception", StringComparison.Ordinal)
            ? ParserMessage(inner)
            : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex(@"anchor '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorName();
}
