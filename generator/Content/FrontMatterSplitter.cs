namespace GeccPortal.Generator.Content;

/// <summary>A Markdown file cut into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatterParts(string Yaml, int YamlFirstLine, string Body);

public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits <c>---\n yaml \n---\n body</c>. Returns null when the file does not open with a <c>---</c> line
    /// or the front matter is never closed.
    /// </summary>
    public static FrontMatterParts? Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterParts(yaml, 2, body);
            }
        }

        return null;
    }
}
