using System.Text.RegularExpressions;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A form's code typed without the dots between its letters (<c>สถ.ผถ.</c> for the election form <c>ส.ถ./ผ.ถ.</c>, <c>รม.๑</c> for
/// <c>ร.ม. ๑</c>): forms dot every letter of their codes, officials type them as they say them. The code is also looked for with
/// each letter dotted, its pieces as the words the index holds of them (<c>ส.ถ</c> <c>ผ.ถ</c>).
/// </summary>
public static partial class DottedLetters
{
    /// <summary>The code with every letter dotted, its pieces apart; null for any other word or a code with a letter dotted already.</summary>
    public static string? Spelling(string text)
    {
        var match = Code().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var pieces = match.Groups["piece"].Captures.Select(capture => capture.Value);
        return string.Join(' ', pieces.Select(piece => string.Join('.', piece.ToCharArray()) + '.'));
    }

    // Two or more pieces of two or three consonants, each ended by a dot (the last one's may be left off), and no vowel:
    // a word with a vowel is a word, one piece alone (สถ.) is the table's abbreviation or an agency's letters, and a
    // piece of one letter is dotted already.
    [GeneratedRegex(@"^(?:(?<piece>[ก-ฮ]{2,3})\.\s*/?\s*)+(?<piece>[ก-ฮ]{2,3})\.?$")]
    private static partial Regex Code();
}
