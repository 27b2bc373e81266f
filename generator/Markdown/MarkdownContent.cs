namespace GeccPortal.Generator.Markdown;

/// <summary>A Markdown body converted once: safe HTML for the page, plain text for excerpts and search.</summary>
public sealed record MarkdownContent(string Html, string PlainText);
