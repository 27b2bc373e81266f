namespace GeccPortal.Search.Querying;

/// <summary>
/// A one-letter abbreviation before a number (<c>ม.57</c>, <c>ป.6</c>), which letters write out: มาตรา ๕๗ of a law, หมู่ที่ ๗ of
/// an address, มัธยมศึกษาปีที่ ๓, ประถมศึกษาปีที่ ๖. Alone the letter is too many words to name one; with its number
/// it is read as each of them, the number kept beside it.
/// </summary>
public static class NumberedAbbreviations
{
    private static readonly Dictionary<string, string[]> Written = new(StringComparer.Ordinal)
    {
        ["ม."] = ["มาตรา", "หมู่ที่", "หมู่", "มัธยมศึกษาปีที่"],
        ["ป."] = ["ประถมศึกษาปีที่"],
    };

    /// <summary>
    /// The abbreviation and number as letters write them (<c>มาตรา 57</c>, …); none when the pair is no such abbreviation and
    /// number. The dot may be left out (<c>ป3</c>, <c>ม 3</c>, as typed on a phone): a lone consonant before a number is nothing else.
    /// </summary>
    public static IEnumerable<string> Spellings(QueryWord abbreviation, QueryWord number) =>
        number.Words is [var digits] && digits.All(char.IsAsciiDigit) && Written.TryGetValue(WithDot(abbreviation.Text), out var words)
            ? words.Select(word => word + " " + digits)
            : [];

    private static string WithDot(string letter) => letter.EndsWith('.') ? letter : letter + ".";
}
