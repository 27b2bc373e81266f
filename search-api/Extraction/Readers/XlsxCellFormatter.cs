using System.Globalization;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Shows a numeric cell the way Excel would for the common formats: grouped thousands (<c>45,000</c>),
/// fixed decimals, percentages and dates (as ISO <c>yyyy-MM-dd</c>). Other formats fall back to the
/// shortest round-trip number.
/// </summary>
internal static class XlsxCellFormatter
{
    public static string Format(double value, int formatId, string? formatCode)
    {
        var code = formatCode ?? BuiltInCode(formatId);
        if (code is null || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@")
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        var section = FirstSection(code);
        if (IsDate(section) && value is > 0 and < 2958466)
        {
            return DateTime.FromOADate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var decimals = DecimalPlaces(section);
        if (section.Contains('%'))
        {
            return (value * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
        }

        var pattern = (section.Contains(',') ? "N" : "F") + decimals;
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>The codes of Excel's built-in number formats that matter for text.</summary>
    private static string? BuiltInCode(int id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        >= 14 and <= 17 or 22 => "yyyy-mm-dd",
        37 or 38 => "#,##0",
        39 or 40 => "#,##0.00",
        _ => null,
    };

    /// <summary>The positive-number section, without quoted literals, colours or locale tags.</summary>
    private static string FirstSection(string code)
    {
        var section = code.Split(';')[0];
        var cleaned = new System.Text.StringBuilder();
        var quoted = false;
        var bracket = false;
        foreach (var c in section)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && c != '\\')
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString();
    }

    private static bool IsDate(string section) =>
        section.IndexOfAny(['y', 'Y', 'd', 'D', 'b', 'B']) >= 0 || section.Contains("mm", StringComparison.OrdinalIgnoreCase) && !section.Contains('0');

    private static int DecimalPlaces(string section)
    {
        var dot = section.IndexOf('.');
        if (dot < 0)
        {
            return 0;
        }

        var places = 0;
        for (var i = dot + 1; i < section.Length && section[i] is '0' or '#'; i++)
        {
            places++;
        }

        return places;
    }
}
