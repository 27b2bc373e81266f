namespace GeccPortal.Generator.Content;

/// <summary>
/// The last non-blank line of a letter's text, trimmed, and where it starts: what the page prints below the text
/// (a closing, a date line) is pasted there. Only the end of the text is looked at.
/// </summary>
internal readonly record struct LastTextLine(string Text, int Start)
{
    public static LastTextLine Of(string body)
    {
        var end = body.AsSpan().TrimEnd();
        var start = end.LastIndexOf('\n') + 1;
        return new LastTextLine(end[start..].Trim().ToString(), start);
    }

    /// <summary>Its line number, from 0 within <paramref name="body"/>.</summary>
    public int NumberIn(string body) => body.AsSpan(0, Start).Count('\n');
}
