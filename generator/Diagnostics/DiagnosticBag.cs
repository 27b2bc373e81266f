namespace GeccPortal.Generator.Diagnostics;

/// <summary>
/// Collects every problem of a run, so an editor sees them all at once instead of fixing one per build.
/// Safe to add to from several threads (files are read in parallel); <see cref="Items"/> sorts them.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    // Errors by file, so a check can ask about its own file while other files are checked on other threads.
    private readonly Dictionary<string, int> _errorsByFile = new(StringComparer.Ordinal);

    // Errors and warnings by file, so a build can tell a file its checks said nothing about (see CountIn).
    private readonly Dictionary<string, int> _itemsByFile = new(StringComparer.Ordinal);

    private readonly Lock _lock = new();

    public bool HasErrors => ErrorCount > 0;

    // Counted under the lock, not from a copy of the list.
    public int ErrorCount => Count(Severity.Error);

    public int WarningCount => Count(Severity.Warning);

    /// <summary>Errors reported at a place in one file (by display path).</summary>
    public int ErrorCountIn(string path)
    {
        lock (_lock)
        {
            return _errorsByFile.GetValueOrDefault(path);
        }
    }

    /// <summary>Errors and warnings reported at a place in one file (by display path).</summary>
    public int CountIn(string path)
    {
        lock (_lock)
        {
            return _itemsByFile.GetValueOrDefault(path);
        }
    }

    /// <summary>All problems, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Items =>
        [.. Snapshot().OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    public void Error(SourceLocation location, string message) => Add(new(location, Severity.Error, message));

    public void Warning(SourceLocation location, string message) => Add(new(location, Severity.Warning, message));

    public bool IsEmpty
    {
        get
        {
            lock (_lock)
            {
                return _items.Count == 0;
            }
        }
    }

    /// <summary>Adds every problem another bag collected (one file's, read on its own thread).</summary>
    public void AddFrom(DiagnosticBag other)
    {
        foreach (var item in other.Snapshot())
        {
            Add(item);
        }
    }

    private void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
            _itemsByFile[diagnostic.Location.Path] = _itemsByFile.GetValueOrDefault(diagnostic.Location.Path) + 1;
            if (diagnostic.Severity == Severity.Error)
            {
                _errorsByFile[diagnostic.Location.Path] = _errorsByFile.GetValueOrDefault(diagnostic.Location.Path) + 1;
            }
        }
    }

    private int Count(Severity severity)
    {
        lock (_lock)
        {
            var count = 0;
            foreach (var item in _items)
            {
                count += item.Severity == severity ? 1 : 0;
            }

            return count;
        }
    }

    private Diagnostic[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }
}
