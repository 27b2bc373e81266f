using GeccPortal.Search.Indexing;

using Lucene.Net.Index;

namespace GeccPortal.Search.Querying;

/// <summary>
/// The index's English words by their <see cref="SoundKey"/>, so a loanword typed in Thai letters (<c>อีฟายลิ่ง</c>,
/// <c>สมาร์ทคิว</c>) finds the English a letter writes (<c>e-Filing</c>, <c>Smart Queue</c>). Read once from an index
/// generation's terms, as <see cref="DottedWords"/> are; looked for only when the words as typed find nothing (a Thai
/// word's key matches English words by chance: in the seed letters one word or glued pair in twenty-four has one).
/// </summary>
public sealed class SoundAlikes
{
    /// <summary>Keys with fewer classes than this match too many words by chance; a part of two words may have one.</summary>
    public const int MinKeyLength = 3;

    /// <summary>English words kept per key, longest first: a longer word is the likelier loanword.</summary>
    public const int MaxPerKey = 3;

    private const int MinLatinLetters = 2;

    private const char Thanthakhat = '\u0E4C';

    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _latinWords = new(StringComparer.Ordinal);

    private SoundAlikes()
    {
    }

    /// <summary>An index with the given English words (for tests).</summary>
    public static SoundAlikes Of(IEnumerable<string> words)
    {
        var alikes = new SoundAlikes();
        foreach (var word in words)
        {
            alikes.Add(word);
        }

        return alikes;
    }

    /// <summary>Reads the English words of the field holding every text.</summary>
    public static SoundAlikes Read(IndexReader reader)
    {
        var alikes = new SoundAlikes();
        foreach (var leaf in reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(TextFieldGroup.All.WordField)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            while (termsEnum.MoveNext())
            {
                // Terms are sorted by their bytes: the ASCII ones come first, Thai ones after.
                var first = termsEnum.Term.Bytes[termsEnum.Term.Offset];
                if (first >= 0x80)
                {
                    break;
                }

                alikes.Add(termsEnum.Term.Utf8ToString());
            }
        }

        return alikes;
    }

    /// <summary>
    /// The English spellings of a word of Thai letters: one word whose key is the word's, or two in a row whose keys
    /// make it up (<c>สมาร์ทคิว</c>: smart queue); none when its key is shorter than <see cref="MinKeyLength"/>.
    /// At most <see cref="MaxPerKey"/> of each, so a query word gets at most <see cref="MaxPerKey"/> × 2 of them.
    /// </summary>
    public List<string> For(string thai)
    {
        var found = new List<string>();
        if (SoundKey.OfThai(thai) is not { Length: >= MinKeyLength } key)
        {
            return found;
        }

        if (_byKey.TryGetValue(key, out var whole))
        {
            found.AddRange(whole);
        }

        // Two words only for a word with a loanword's silent-letter mark (สมาร์ทคิว): Thai words glued in pairs match a pair
        // of short English words by chance.
        for (var cut = 1; thai.Contains(Thanthakhat) && cut < key.Length && found.Count < 2 * MaxPerKey; cut++)
        {
            // The longer half must be a word of two classes or more: a phrase of two one-class words is chance.
            if ((cut >= 2 || key.Length - cut >= 2) && _byKey.TryGetValue(key[..cut], out var firsts) && _byKey.TryGetValue(key[cut..], out var seconds))
            {
                found.Add(firsts[0] + " " + seconds[0]);
            }
        }

        return found.Take(2 * MaxPerKey).ToList();
    }

    /// <summary>
    /// The index's English words that sound as an English word no letter writes (<c>license</c>: licence; an American or a
    /// wrong spelling): none for a word the index has, or one whose key is shorter than <see cref="MinKeyLength"/>.
    /// </summary>
    public List<string> ForLatin(string latin)
    {
        var word = latin.ToLowerInvariant();
        return _latinWords.Contains(word) || SoundKey.OfLatin(word) is not { Length: >= MinKeyLength } key || !_byKey.TryGetValue(key, out var words)
            ? []
            : [.. words];
    }

    private void Add(string word)
    {
        if (word.Length < MinLatinLetters || SoundKey.OfLatin(word) is not { Length: > 0 } key)
        {
            return;
        }

        _latinWords.Add(word);
        AddUnder(key, word);

        // A plural's s is not written in Thai letters (SmartLands: สมาร์ทแลนด์), so the word is found without it too.
        if (word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && key[^1] == 'S' && key.Length > MinKeyLength)
        {
            AddUnder(key[..^1], word);
        }
    }

    private void AddUnder(string key, string word)
    {
        if (!_byKey.TryGetValue(key, out var words))
        {
            _byKey[key] = words = [];
        }

        if (words.Contains(word, StringComparer.Ordinal))
        {
            return;
        }

        words.Add(word);
        words.Sort((a, b) => b.Length.CompareTo(a.Length));
        if (words.Count > MaxPerKey)
        {
            words.RemoveAt(words.Count - 1);
        }
    }
}
