using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// The normalisation search applies at index and query time: <see cref="ThaiTextRepair"/>, Thai digits to
/// ASCII, ฯ to a space, and Latin case folding. One function, so both sides always agree.
/// </summary>
public static class ThaiSearchNormalizer
{
    /// <summary>
    /// ฯ ends a shortened word (<c>ผู้ว่าฯ</c> for ผู้ว่าราชการจังหวัด, <c>กรุงเทพฯ</c>): it is read as a word's end, a
    /// space, so the part before it is found where the long form is written and the other way round.
    /// </summary>
    public const char Paiyannoi = '\u0E2F';

    public static string Normalize(string text)
    {
        var repaired = ThaiTextRepair.Repair(text);
        var builder = new StringBuilder(repaired.Length);
        foreach (var c in repaired)
        {
            builder.Append(ThaiDigits.IsThaiDigit(c) ? (char)('0' + (c - '\u0E50')) : c == Paiyannoi ? ' ' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
