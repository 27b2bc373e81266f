namespace GeccPortal.Generator.Content;

/// <summary>
/// A value typed between Word's curly quotes (<c>title: “โครงการ …”</c>, <c>to: ‘ผู้ว่าราชการจังหวัด’</c>), which Word puts
/// in for straight ones as the editor types: YAML does not read them as quotes, so the page showed them round the text.
/// </summary>
public static class CurlyQuotes
{
    /// <summary>The text inside a pair of curly quotes that wraps the whole value, or null.</summary>
    public static string? Inside(string value)
    {
        if (value.Length < 3)
        {
            return null;
        }

        var pair = (value[0], value[^1]);
        var wrapped = pair is ('“', '”') or ('‘', '’') or ('”', '”') or ('’', '’');
        var inner = value[1..^1];
        // "“ก” และ “ข”" is two quoted words, not one quoted value.
        return wrapped && inner.IndexOfAny(['“', '”', '‘', '’']) < 0 && inner.Trim().Length > 0 ? inner.Trim() : null;
    }

    public static string Warning(string key) =>
        $"'{key}' is typed between curly quotes (“ ” or ‘ ’, as Word puts them in), which YAML does not read as quotes: the page shows it without them; delete them, or type straight quotes (\")";
}
