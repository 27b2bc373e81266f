using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Cli;

/// <summary>
/// Names the files of a printed problem from where the command was run, so a terminal or an editor opens them:
/// the build names them from the content folder's own name (<c>content/circulars/a.md</c>), right when gecc runs
/// beside that folder, as usual, but with <c>--content site/content</c> or <c>--content /tmp/x</c> the printed path
/// led nowhere. Such a path is written from the working folder, or in full when the folder lies outside it; the
/// usual case prints as before.
/// </summary>
public sealed class DiagnosticPaths
{
    private readonly string _root;
    private readonly string _shown;
    private readonly Regex? _inMessage;

    public DiagnosticPaths(string contentPath, string? workingDirectory = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath));
        _root = Path.GetFileName(full) + "/";
        var relative = Path.GetRelativePath(workingDirectory ?? Directory.GetCurrentDirectory(), full);
        var shown = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
        _shown = shown.Replace('\\', '/') + "/";
        // A message names other files by the same root (also used by content/circulars/b.md, agencies.yml's path).
        _inMessage = _shown == _root ? null : new Regex(@"(?<=^|[\s(""'])" + Regex.Escape(_root), RegexOptions.CultureInvariant);
    }

    /// <summary>The problem's line as printed: its path, and the paths its message names, from the working folder.</summary>
    public string Line(Diagnostics.Diagnostic diagnostic) => Text(diagnostic.ToString());

    /// <summary>A path, or a text naming paths, with each named from the working folder.</summary>
    public string Text(string text) => _inMessage is null ? text : _inMessage.Replace(text, _shown);
}
