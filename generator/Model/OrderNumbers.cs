using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// An order's number (คำสั่ง… ที่ ๑๒๓/๒๕๖๘): orders are numbered in a register of their own, from 1 each B.E. year,
/// and carry no office number. Written as a ref with the agency's letters, <c>นพ ๑๒๓/๒๕๖๘</c>, it reads as agency
/// นพ, "office" 123, number 2568. A B.E. year after the slash and a number before it that does not start with 0
/// (an office number always does: ๐๐๒๓, ๐๘๑๐.๓) tell it apart from a letter's ref.
/// </summary>
public static class OrderNumbers
{
    private const int FirstYear = 2400;
    private const int LastYear = 2800;

    /// <summary>The order's number and B.E. year when <paramref name="reference"/> is written as one: (123, 2568).</summary>
    public static bool TryGet(CircularRef reference, [NotNullWhen(true)] out string? number, out int year)
    {
        (number, year) = (null, 0);
        if (reference.Committee is not null || reference.IsCircular || reference.Office.StartsWith('0') || !reference.Office.All(char.IsAsciiDigit)
            || reference.Number.Length != 4 || !int.TryParse(reference.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            || parsed is < FirstYear or > LastYear)
        {
            return false;
        }

        (number, year) = (reference.Office, parsed);
        return true;
    }
}
