using GeccPortal.Thai;

namespace GeccPortal.Search.References;

/// <summary>How a ref one edit away differs from the one typed; the order is the order suggestions are ranked in.</summary>
public enum RefEdit
{
    /// <summary>Two adjacent digits typed the other way round (<c>ว 67</c> for <c>ว 76</c>): every digit typed is right.</summary>
    Swap,

    /// <summary>One digit typed wrong (<c>ว 77</c> for <c>ว 76</c>).</summary>
    WrongDigit,

    /// <summary>One digit left out (<c>ว 7</c> for <c>ว 76</c>).</summary>
    MissingDigit,

    /// <summary>One digit too many (<c>ว 766</c> for <c>ว 76</c>).</summary>
    ExtraDigit,

    /// <summary>The digits as typed under an agency code one letter away (<c>ทม</c>, <c>มห</c> for <c>มท</c>): another agency, so last.</summary>
    Agency,
}

/// <summary>A ref one edit away from one typed, as the <see cref="RefKeys.Bare"/> key its letter is indexed under.</summary>
public sealed record RefNeighbour(string Key, RefEdit Edit);

/// <summary>
/// Every ref one edit away from a typed one (Damerau: a digit wrong, left out, one too many or two adjacent ones
/// swapped, in the office number or the running number; or the agency code one letter away), as the bare keys
/// (<see cref="RefKeys.Bare"/>) letters are indexed under, so each is one exact term to look up. The keys depend
/// on the ref typed and the agency codes near its own, never on how many letters there are: a lookup that finds
/// nothing probes at most <see cref="MaxKeys"/> terms. Dots, leading zeros and ว are not edits: a lookup already
/// reads past them.
/// </summary>
public static class RefNeighbours
{
    /// <summary>
    /// Digits (office and running number together) above which no neighbour is offered: a real ref has about
    /// twelve (<c>0228.07.2/ว 1311</c>); a longer one is not a ref with a slip, and would only cost probes.
    /// </summary>
    public const int MaxDigits = 16;

    /// <summary>
    /// Neighbours a ref of <see cref="MaxDigits"/> digits can have: each digit wrong (9) or left out (1), a digit
    /// inserted at each place of each part (10), each adjacent pair swapped; plus one per other agency code.
    /// </summary>
    public static int MaxKeys(int agencyCodes) => (MaxDigits * 10) + ((MaxDigits + 2) * 10) + MaxDigits + agencyCodes;

    /// <summary>
    /// The neighbours of <paramref name="typed"/>, each key once with its best-ranked edit. <paramref name="agencies"/>
    /// are the agency codes letters carry; those one letter from the typed code are tried with its digits as typed.
    /// </summary>
    public static IReadOnlyList<RefNeighbour> Of(CircularRef typed, IEnumerable<string> agencies)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(agencies);
        var office = typed.Office.Replace(".", "", StringComparison.Ordinal);
        var number = typed.Number;
        if (office.Length + number.Length > MaxDigits || !office.All(char.IsAsciiDigit) || !number.All(char.IsAsciiDigit))
        {
            return [];
        }

        var prefix = RefKeys.BarePrefix(typed.Agency, typed.Committee);
        var own = RefKeys.BareDigits(office, number);
        var best = new Dictionary<string, RefEdit>(StringComparer.Ordinal);
        void Add(string agencyPrefix, string digits, RefEdit edit)
        {
            var key = agencyPrefix + digits;
            if ((agencyPrefix != prefix || digits != own) && (!best.TryGetValue(key, out var found) || edit < found))
            {
                best[key] = edit;
            }
        }

        foreach (var (near, edit) in OneEdit(office))
        {
            Add(prefix, RefKeys.BareDigits(near, number), edit);
        }

        // A running number has no leading zero (ว 076 is read as ว 76), so an edit that leaves one is no ref: ว 6 is
        // ว 76 with a 7 too many, not with 0 for 7, and two edits from ว 706.
        foreach (var (near, edit) in OneEdit(number).Where(pair => pair.Digits.Length == 1 || pair.Digits[0] != '0'))
        {
            Add(prefix, RefKeys.BareDigits(office, near), edit);
        }

        foreach (var agency in agencies.Where(agency => OneEditApart(typed.Agency, agency)))
        {
            Add(RefKeys.BarePrefix(agency, typed.Committee), own, RefEdit.Agency);
        }

        return [.. best.Select(pair => new RefNeighbour(pair.Key, pair.Value))];
    }

    /// <summary>Every digit string one edit from <paramref name="digits"/>, never empty.</summary>
    private static IEnumerable<(string Digits, RefEdit Edit)> OneEdit(string digits)
    {
        for (var i = 0; i + 1 < digits.Length; i++)
        {
            if (digits[i] != digits[i + 1])
            {
                yield return (string.Concat(digits.AsSpan(0, i), [digits[i + 1], digits[i]], digits.AsSpan(i + 2)), RefEdit.Swap);
            }
        }

        for (var i = 0; i < digits.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (d != digits[i])
                {
                    yield return (string.Concat(digits.AsSpan(0, i), [d], digits.AsSpan(i + 1)), RefEdit.WrongDigit);
                }
            }
        }

        for (var i = 0; i <= digits.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                yield return (string.Concat(digits.AsSpan(0, i), [d], digits.AsSpan(i)), RefEdit.MissingDigit);
            }
        }

        for (var i = 0; i < digits.Length && digits.Length > 1; i++)
        {
            yield return (string.Concat(digits.AsSpan(0, i), digits.AsSpan(i + 1)), RefEdit.ExtraDigit);
        }
    }

    /// <summary>Whether two codes differ by exactly one letter wrong, left out, added, or two adjacent ones swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            return common < a.Length
                && (a.AsSpan(common + 1).SequenceEqual(b.AsSpan(common + 1))
                    || (common + 1 < a.Length && a[common] == b[common + 1] && a[common + 1] == b[common]
                        && a.AsSpan(common + 2).SequenceEqual(b.AsSpan(common + 2))));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.AsSpan(common + 1).SequenceEqual(shorter.AsSpan(common));
    }
}
