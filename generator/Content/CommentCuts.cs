using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeccPortal.Generator.Content;

/// <summary>
/// An unquoted value followed on its line by <c> #</c>: YAML reads the rest of the line as a comment, so a title typed
/// as printed (<c>title: ประชุมครั้งที่ #2 เรื่องงบประมาณ</c>) is silently cut to its first words.
/// </summary>
internal static class CommentCuts
{
    /// <summary>Whether a comment follows <paramref name="scalar"/> on its last line in <paramref name="text"/>, the text it was parsed from.</summary>
    public static bool After(YamlScalarNode scalar, string text)
    {
        if (scalar.Style != ScalarStyle.Plain || string.IsNullOrEmpty(scalar.Value))
        {
            return false;
        }

        var at = (int)Math.Min(scalar.End.Index, text.Length);
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        // YAML needs a space before '#' for a comment; "ว#2" stays in the value.
        return at < text.Length && text[at] == '#' && at > 0 && text[at - 1] is ' ' or '\t';
    }
}
