using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Bench.ApiIndex;

/// <summary>
/// Refs typed with one slip (a digit wrong, left out, one too many, or two swapped, in the office or the running
/// number) that no circular has, one per circular, none twice: every lookup of them misses and asks "did you mean".
/// </summary>
internal static class SlippedRefs
{
    public static List<string> Of(IReadOnlyList<SearchDocument> documents, Random random)
    {
        // Bare keys: a slip that lookup reads past (a leading zero) would find its letter, not miss.
        var taken = documents.Select(document => RefKeys.Bare(CircularRef.Parse(document.Ref))).ToHashSet(StringComparer.Ordinal);
        var slipped = new List<string>(documents.Count);
        foreach (var document in documents)
        {
            var reference = CircularRef.Parse(document.Ref);
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var typed = Slip(reference, random);
                if (taken.Add(RefKeys.Bare(typed)))
                {
                    slipped.Add(typed.Format(attempt % 2 == 0 ? DigitStyle.Arabic : DigitStyle.Thai));
                    break;
                }
            }
        }

        return slipped;
    }

    private static CircularRef Slip(CircularRef reference, Random random)
    {
        if (random.Next(3) == 0)
        {
            var office = Slip(reference.Office.Replace(".", "", StringComparison.Ordinal), random);
            return new CircularRef(reference.Agency, reference.Committee, office, reference.IsCircular, reference.Number);
        }

        var number = Slip(reference.Number, random).TrimStart('0');
        return new CircularRef(reference.Agency, reference.Committee, reference.Office, reference.IsCircular, number.Length == 0 ? "1" : number);
    }

    private static string Slip(string digits, Random random)
    {
        var i = random.Next(digits.Length);
        var other = (char)('0' + ((digits[i] - '0' + random.Next(1, 10)) % 10));
        return random.Next(4) switch
        {
            0 when i + 1 < digits.Length => string.Concat(digits.AsSpan(0, i), [digits[i + 1], digits[i]], digits.AsSpan(i + 2)),
            1 => string.Concat(digits.AsSpan(0, i), [other], digits.AsSpan(i + 1)),
            2 when digits.Length > 1 => string.Concat(digits.AsSpan(0, i), digits.AsSpan(i + 1)),
            _ => string.Concat(digits.AsSpan(0, i), [other], digits.AsSpan(i)),
        };
    }
}
