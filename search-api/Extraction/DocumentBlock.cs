using System.Text.Json.Serialization;

namespace GeccPortal.Extraction;

/// <summary>
/// One block of an attachment's structure, in reading order, for an accessible HTML text view:
/// a heading, a paragraph or a table. All text is already Thai-repaired.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record DocumentBlock;

/// <summary>A heading; <paramref name="Level"/> is 1 (largest) to 6, like HTML's h1–h6.</summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>A paragraph. Text from plain-text files keeps its line breaks as <c>\n</c>.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>
/// A table as rows of cell texts. When <paramref name="HasHeaderRow"/> is true the first row holds the column
/// headers (render it as <c>th</c> cells).
/// </summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows, bool HasHeaderRow) : DocumentBlock;
