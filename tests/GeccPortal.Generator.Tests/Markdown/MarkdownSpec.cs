namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>Reads Markdig-style spec files: examples fenced by 32 backticks, Markdown and HTML split by a "." line.</summary>
public static class MarkdownSpec
{
    private const string Fence = "````````````````````````````````";

    public static TheoryData<int, string, string> Examples(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Markdown", fileName);
        var lines = File.ReadAllLines(path);
        var examples = new TheoryData<int, string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var separator = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, separator);
            examples.Add(start + 1, string.Join('\n', lines[start..separator]), string.Join('\n', lines[(separator + 1)..end]));
            i = end;
        }

        return examples;
    }
}
