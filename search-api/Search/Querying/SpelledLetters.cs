namespace GeccPortal.Search.Querying;

/// <summary>
/// An English abbreviation typed as the Thai names of its letters (<c>เอ็นที</c> for NT, <c>อีเอ็มเอส</c> for EMS, <c>ไอที</c>
/// for IT): read back into its letters, so the query also finds the letters' spelling of it.
/// </summary>
public static class SpelledLetters
{
    private const int MinLetters = 2;

    // The names Thai writes for the English letters, with the variants seen typed.
    private static readonly (string Name, char Letter)[] Names =
    [
        ("เอ", 'A'), ("บี", 'B'), ("ซี", 'C'), ("ดี", 'D'), ("อี", 'E'), ("เอฟ", 'F'), ("จี", 'G'), ("เอช", 'H'), ("เฮช", 'H'),
        ("ไอ", 'I'), ("เจ", 'J'), ("เค", 'K'), ("แอล", 'L'), ("เอ็ม", 'M'), ("เอ็น", 'N'), ("โอ", 'O'), ("พี", 'P'), ("คิว", 'Q'),
        ("อาร์", 'R'), ("เอส", 'S'), ("ที", 'T'), ("ยู", 'U'), ("วี", 'V'), ("ดับเบิลยู", 'W'), ("ดับบลิว", 'W'), ("เอ็กซ์", 'X'),
        ("วาย", 'Y'), ("แซด", 'Z'),
    ];

    /// <summary>The letters a word spells when it is wholly two or more letter names; null otherwise.</summary>
    public static string? Acronym(string word)
    {
        // Longest spelling from each place onward: ways[i] is the letters of word[i..], or null where none reads.
        var ways = new string?[word.Length + 1];
        ways[word.Length] = "";
        for (var i = word.Length - 1; i >= 0; i--)
        {
            foreach (var (name, letter) in Names)
            {
                if (i + name.Length <= word.Length && string.CompareOrdinal(word, i, name, 0, name.Length) == 0 && ways[i + name.Length] is { } rest)
                {
                    ways[i] = letter + rest;
                    break;
                }
            }
        }

        return ways[0] is { Length: >= MinLetters } letters ? letters : null;
    }
}
