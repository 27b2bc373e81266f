using System.Text;

namespace GeccPortal.Thai;

/// <summary>Conversion between Thai digits (U+0E50–U+0E59) and ASCII digits.</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';

    public static bool IsThaiDigit(char c) => c is >= '\u0E50' and <= '\u0E59';

    /// <summary>Thai digits to ASCII; everything else unchanged.</summary>
    public static string ToArabic(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0E50', '\u0E59'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = IsThaiDigit(c) ? (char)('0' + (c - ThaiZero)) : c;
            }
        });
    }

    /// <summary>ASCII digits to Thai; everything else unchanged.</summary>
    public static string ToThai(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiDigit(c) ? (char)(ThaiZero + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>Prints ASCII digits in the given style.</summary>
    public static string Format(string text, DigitStyle style) =>
        style == DigitStyle.Thai ? ToThai(text) : ToArabic(text);

    public static string Format(int number, DigitStyle style) =>
        Format(number.ToString(System.Globalization.CultureInfo.InvariantCulture), style);
}
