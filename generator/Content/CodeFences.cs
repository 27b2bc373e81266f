namespace GeccPortal.Generator.Content;

/// <summary>
/// Lines that open or close a fenced code block (<c>```</c> or <c>~~~</c>): the body checks that scan raw lines
/// (hard breaks in words, pasted sheet marks, open comments) leave what lies between them alone, as Markdown prints it as code.
/// </summary>
public static class CodeFences
{
    public static bool IsFenceLine(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
    }
}
