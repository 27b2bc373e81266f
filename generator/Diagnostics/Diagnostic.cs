namespace GeccPortal.Generator.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem in the content, printed as <c>path:line:col: error|warning: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
