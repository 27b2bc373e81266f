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
