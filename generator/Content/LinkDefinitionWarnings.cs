using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Warns at each line Markdown would hide though it was written to be read (<see cref="LinkDefinitionLines"/>): a note
/// typed as a link's address, an address no link uses, a footnote without its mark. The page keeps each as typed; the
/// warning says how to write what was meant. Only a body holding <c>]:</c> is parsed here.
/// </summary>
public static class LinkDefinitionWarnings
{
    private const int ShownLength = 60;

    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        if (!LinkDefinitionLines.MayHold(body))
        {
            return;
        }

        foreach (var definition in LinkDefinitionLines.Find(MarkdownConverter.Parse(body), body))
        {
            diagnostics.Warning(new SourceLocation(display, firstLine + definition.Line, definition.Column + 1), Message(definition));
        }
    }

    private static string Message(LinkDefinitionLines.Definition definition)
    {
        var line = definition.Text.Length > ShownLength ? definition.Text[..ShownLength] + "…" : definition.Text;
        var label = definition.Label.TrimStart('^');
        return definition.Kind switch
        {
            LinkDefinitionLines.Kind.Note =>
                $"this line, '{line}', is written as the address of a link named [{label}], but holds no address, so Markdown would hide it: "
                + $"the page shows it as typed; for a note under the text, write [^{label}] where it belongs and begin this line with [^{label}]:",
            LinkDefinitionLines.Kind.UnusedAddress =>
                $"this line, '{line}', gives the address of a link named [{label}], but no link in the text uses it, so Markdown would hide it: "
                + $"the page shows it as typed; write [the link's words][{label}] where the link belongs, or delete the line",
            _ =>
                $"this note, '{line}', has no mark [^{label}] in the text, so Markdown would not print it: "
                + $"the page shows it as typed; write [^{label}] where the note belongs",
        };
    }
}
