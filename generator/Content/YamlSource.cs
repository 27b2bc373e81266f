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
        try
        {
            stream.Load(new StringReader(Text));
        }
        catch (YamlException e)
        {
            // YamlDotNet marks where the mapping holding a tab-indented line starts, not the line: point at the tab.
            if (FirstIndentingTab() is { } tab && ParserMessage(e).Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(tab, "invalid YAML: a tab indents this line; indent with spaces only");
                return null;
            }

            diagnostics.Error(LocationOf(e.Start), $"invalid YAML: {ParserMessage(e)}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        diagnostics.Error(LocationOf(stream.Documents[0].RootNode.Start), "expected 'key: value' lines");
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
}
