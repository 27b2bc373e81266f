namespace GeccPortal.Generator.Diagnostics;

/// <summary>
/// Collects every problem of a run, so an editor sees them all at once instead of fixing one per build.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>All problems, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Items =>
        [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    public void Error(SourceLocation location, string message) => _items.Add(new(location, Severity.Error, message));

    public void Warning(SourceLocation location, string message) => _items.Add(new(location, Severity.Warning, message));
}
