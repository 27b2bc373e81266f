using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Numbers typed as percentages (<c>3%</c>, <c>๔๐ %</c>), which letters write ร้อยละ ๓: the analysis drops the sign, so
/// without this <c>3%</c> ranked any letter with a 3 as high as the one that says ร้อยละ ๓.
/// </summary>
public static partial class Percentages
{
    /// <summary>The numbers (Arabic digits) the text types with a percent sign after them.</summary>
    public static HashSet<string> In(string text)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Percent().Matches(ThaiDigits.ToArabic(text)))
        {
            numbers.Add(match.Groups["number"].Value);
        }

        return numbers;
    }

    /// <summary>The percentage as letters write it.</summary>
    public static string AsWritten(string number) => "ร้อยละ " + number;

    [GeneratedRegex(@"(?<![\d.,])(?<number>\d{1,3}(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Percent();
}
