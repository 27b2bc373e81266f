namespace GeccPortal.Search.Querying;

/// <summary>
/// Abbreviations typed one after another with their dots (<c>รศ.ดร.ชาญชัย</c>, <c>ผศ.ดร.</c>): the dots hold them
/// together as one word, which a letter writing <c>รองศาสตราจารย์ ดร.ชาญชัย</c> or <c>รศ. ดร.</c> does not have. When one of
/// them is in the table (<see cref="WordAlternatives"/>), the chain is also looked for as its abbreviations apart, and
/// with each such abbreviation written out.
/// </summary>
public static class AbbreviationChains
{
    /// <summary>Abbreviations in one chain at most: ranks and titles come in twos and threes (พล.ต.อ. is one).</summary>
    private const int MaxPieces = 3;

    /// <summary>The chain's other spellings, as texts; none when the word is no chain or names nothing in the table.</summary>
    /// <param name="read">Reads a text as a query word.</param>
    public static List<string> Spellings(QueryWord word, Func<string, QueryWord?> read)
    {
        var pieces = word.Text.TrimEnd('.').Split('.');
        // Each piece two to four Thai consonants: single letters (พ.ร.บ., ส.อบต.) are one abbreviation's initials.
        if (pieces.Length is < 2 or > MaxPieces || !pieces.All(piece => piece.Length is >= 2 and <= 4 && piece.All(c => c is >= 'ก' and <= 'ฮ')))
        {
            return [];
        }

        var apart = pieces.Select(piece => piece + ".").ToList();
        var spellings = new List<string>();
        for (var i = 0; i < apart.Count; i++)
        {
            if (read(apart[i]) is not { } piece)
            {
                continue;
            }

            foreach (var (full, isAbbreviation) in WordAlternatives.For(piece))
            {
                if (!isAbbreviation)
                {
                    spellings.Add(string.Join(' ', apart.Select((other, j) => j == i ? full : other)));
                }
            }
        }

        return spellings.Count == 0 ? [] : [string.Join(' ', apart), .. spellings];
    }
}
