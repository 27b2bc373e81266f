namespace GeccPortal.Generator.Build;

/// <summary>
/// What a build reads and writes. <see cref="OutputDirectory"/> null means check only (load, validate,
/// model); <see cref="IndexDirectory"/> null means no search index is written.
/// </summary>
public sealed record BuildOptions(string ContentDirectory, string? OutputDirectory, string? IndexDirectory);
