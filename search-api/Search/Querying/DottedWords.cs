using GeccPortal.Search.Indexing;

using Lucene.Net.Index;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The word view's words held together by dots (<c>ส.อบต</c>, <c>นพ.สสจ</c>), by each of their parts: an abbreviation
/// typed alone (<c>อบต.</c>) is found as a word of its own, or as a part of such a word, never by its bigrams inside
/// another word (<c>อสม</c> in <c>หรือสมควร</c>). Read once from an index generation's terms.
/// </summary>
public sealed class DottedWords
{
    /// <summary>
    /// Dotted words beyond these for one part are not looked for: each is a clause of one query of their own (Lucene's
    /// limit is 1,024). An area office's abbreviation alone holds one per province and area (<c>สพป.ขก.๑</c>), over 200.
    /// </summary>
    public const int MaxPerPart = 512;

    private readonly Dictionary<string, List<string>> _byPart = new(StringComparer.Ordinal);

    private DottedWords()
    {
    }

    /// <summary>The dotted words that have <paramref name="part"/> between their dots (none for most words).</summary>
    public IReadOnlyList<string> Holding(string part) => _byPart.TryGetValue(part, out var words) ? words : [];

    /// <summary>Reads the dotted words of the field holding every text.</summary>
    public static DottedWords Read(IndexReader reader)
    {
        var dotted = new DottedWords();
        foreach (var leaf in reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(TextFieldGroup.All.WordField)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            while (termsEnum.MoveNext())
            {
                if (Array.IndexOf(termsEnum.Term.Bytes, (byte)'.', termsEnum.Term.Offset, termsEnum.Term.Length) < 0)
                {
                    continue;
                }

                dotted.Add(termsEnum.Term.Utf8ToString());
            }
        }

        return dotted;
    }

    private void Add(string word)
    {
        foreach (var part in word.Split('.', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            if (part == word)
            {
                continue;
            }

            if (!_byPart.TryGetValue(part, out var words))
            {
                _byPart[part] = words = [];
            }

            if (words.Count < MaxPerPart && !words.Contains(word))
            {
                words.Add(word);
            }
        }
    }
}
