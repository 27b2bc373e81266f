using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Content;

/// <summary>Where and why a file could not be cut into front matter and body: 1-based line and column, and the message.</summary>
public sealed partial record FrontMatterProblem(int Line, int Column, string Message)
{
    public const string Missing = "missing front matter: the file must open with a '---' line, then 'key: value' lines, then '---'";

    /// <summary>
    /// Says what is wrong with a text that <see cref="FrontMatterSplitter.Split"/> refused. One message for every
    /// case ("missing front matter") sent editors looking at a first line that was right, when the slip was a
    /// closing line never typed, typed as <c>----</c>, or a file saved empty; each is named here, at its line.
    /// Only called for a refused file, so its cost is not on the path of a good build.
    /// </summary>
    public static FrontMatterProblem Explain(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd()).ToArray();
        var first = Array.FindIndex(lines, line => line.Length > 0);
        if (first < 0)
        {
            return new(1, 1, "the file is empty: write a '---' line, the 'key: value' lines (ref, date, title), another '---' line, then the text");
        }

        if (lines[first] != "---")
        {
            return IsFenceSlip(lines[first])
                ? new(first + 1, 1, $"the front matter must open with a line of exactly three hyphens '---', not '{lines[first]}'")
                : new(1, 1, Missing);
        }

        if (first > 0)
        {
            return new(1, 1, "the front matter must start on the first line: delete the blank lines above its '---'");
        }

        return ExplainUnclosed(lines);
    }

    /// <summary>The file opens with <c>---</c> and no later line is <c>---</c> (or <c>...</c>).</summary>
    private static FrontMatterProblem ExplainUnclosed(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFenceSlip(lines[i]))
            {
                return new(i + 1, 1, $"the front matter must be closed by a line of exactly three hyphens '---', not '{lines[i]}'");
            }
        }

        // The keys run on until a line that is no YAML: the text, which the missing '---' should have come before.
        var lastYaml = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            if (!LooksLikeYaml(lines[i]))
            {
                return new(i + 1, 1,
                    $"the front matter opened on line 1 is never closed: put a line '---' after line {lastYaml + 1}, its last 'key: value' line, before the text that starts here");
            }

            lastYaml = i;
        }

        return new(1, 1, $"the front matter opened here is never closed: put a line '---' after line {lastYaml + 1}, its last 'key: value' line");
    }

    /// <summary>A key, a list item, an indented continuation or a comment.</summary>
    private static bool LooksLikeYaml(string line) =>
        char.IsWhiteSpace(line[0]) || line[0] is '#' || line.StartsWith("- ", StringComparison.Ordinal) || line == "-" || YamlKey().IsMatch(line);

    /// <summary>A line of dashes that is not exactly <c>---</c>: <c>----</c>, <c>--</c>, <c>- - -</c>, or dashes a word processor made (– —).</summary>
    private static bool IsFenceSlip(string line) => line != "---" && FenceSlip().IsMatch(line);

    [GeneratedRegex(@"^[^\s:#][^:]*:(?:[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"^\s*(?:[-\u2013\u2014\u2212]\s*){2,}$|^\s*[\u2013\u2014]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FenceSlip();
}
