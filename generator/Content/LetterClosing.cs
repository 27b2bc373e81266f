using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The closing (ขอแสดงความนับถือ) that the external letter's form prints above the signer. Editors paste the
/// letter's text from the paper down to its closing, and the page then printed it twice: once in the text, at
/// the paragraph indent, and once in its place. When the page prints its own (the external form, with a signer),
/// the text's last line is left off when it is the closing, and the loader warns at that line.
/// </summary>
public static class LetterClosing
{
    public const string Text = "ขอแสดงความนับถือ";

    /// <summary>The line, from 0 within <paramref name="body"/>, of a last non-blank line that is the closing; else -1.</summary>
    public static int LineOf(string body) => LastTextLine.Of(body) is { Text: Text } last ? last.NumberIn(body) : -1;

    /// <summary>The text without a closing as its last line, when the page prints its own.</summary>
    public static string Strip(string body) => LastTextLine.Of(body) is { Text: Text } last ? body[..last.Start] : body;

    /// <summary>The types laid out on the external letter's form, the one that prints a closing (<c>Model.LetterForms</c>).</summary>
    private static readonly string[] ExternalFormTypes = ["external", "directive"];

    /// <summary>
    /// Whether the page prints the closing: the external letter's form (external, directive, or no <c>type</c>, by
    /// key or Thai name) with a signer. <paramref name="type"/> is the front matter's value as written, or its key.
    /// </summary>
    public static bool Printed(string? type, bool hasSigner)
    {
        if (!hasSigner)
        {
            return false;
        }

        var key = CircularTypes.KeyOf(type);
        return key.Length == 0 || ExternalFormTypes.Contains(key);
    }
}
