using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// The normalisation search applies at index and query time: <see cref="ThaiTextRepair"/>, Thai digits to
/// ASCII, and Latin case folding. One function, so both sides always agree.
/// </summary>
public static class ThaiSearchNormalizer
{
    public static string Normalize(string text)
    {
        var repaired = ThaiTextRepair.Repair(text);
        var builder = new StringBuilder(repaired.Length);
        foreach (var c in repaired)
        {
            builder.Append(ThaiDigits.IsThaiDigit(c) ? (char)('0' + (c - '\u0E50')) : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
