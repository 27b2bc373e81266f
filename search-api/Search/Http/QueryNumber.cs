using System.Globalization;

namespace GeccPortal.Search.Http;

/// <summary>
/// Whole numbers from the query string. Bound as text rather than <c>int</c> so that a blank value means
/// "the default" (as an empty form field sends it) and a bad one gets a message naming it, not a bare 400.
/// Thai digits count as digits.
/// </summary>
internal static class QueryNumber
{
    public static int Read(string name, string? value, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        // Thai digits as well (fiscalYear=๒๕๖๘), as everywhere else in the API.
        var text = GeccPortal.Thai.ThaiDigits.ToArabic(QueryText.Clean(value));
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            errors[name] = [$"{name} must be a whole number between {min} and {max}, not {QueryText.Quote(text)}"];
            return fallback;
        }

        if (number < min || number > max)
        {
            errors[name] = [$"{name} must be between {min} and {max}, not {number}"];
        }

        return number;
    }
}
