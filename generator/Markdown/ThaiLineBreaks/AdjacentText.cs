using Markdig.Syntax.Inlines;

namespace GeccPortal.Generator.Markdown.ThaiLineBreaks;

/// <summary>The character that touches a line break on either side, looking inside emphasis and links.</summary>
public static class AdjacentText
{
    public static char? LastChar(Inline? inline) => inline switch
    {
        LiteralInline literal when !literal.Content.IsEmpty => literal.Content[literal.Content.End],
        CodeInline code when code.Content.Length > 0 => code.Content[^1],
        ContainerInline container => LastChar(container.LastChild),
        _ => null,
    };

    public static char? FirstChar(Inline? inline) => inline switch
    {
        LiteralInline literal when !literal.Content.IsEmpty => literal.Content[literal.Content.Start],
        CodeInline code when code.Content.Length > 0 => code.Content[0],
        ContainerInline container => FirstChar(container.FirstChild),
        _ => null,
    };
}
