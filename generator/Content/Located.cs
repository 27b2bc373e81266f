using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>A front-matter value and where its key stands, so every later check can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
