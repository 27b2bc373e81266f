using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A query word typed without spaces, split in two at one of its dictionary words: a topic and a place
/// (<c>ไฟป่า</c> + <c>เชียงใหม่</c>), or two words a letter writes the other way round (<c>มติ</c> + <c>คณะรัฐมนตรี</c> in
/// <c>คณะรัฐมนตรี (ครม.) ได้มีมติ</c>). Each half is matched as a phrase of its own.
/// </summary>
/// <param name="Scatters">
/// Whether a letter holding both halves anywhere has the word: only when each half is more than one short word
/// (<see cref="IsSubstantial"/>) or a word the table spells other ways, or one half spells English letters by name or counts
/// something, or <c>คนท้อง</c> would be found in every letter with คน and ท้องถิ่น. The full form of an
/// abbreviation (<see cref="WordAlternatives.IsFullName"/>) has no splits at all.
/// </param>
public sealed record WordSplit(QueryWord First, QueryWord Second, bool Scatters)
{
    /// <summary>Words of the longest query word that is split: a longer one is pasted text, found as written.</summary>
    public const int MaxWords = 6;

    /// <summary>Units of the shortest single word that may stand as a half (สงขลา, ภูเก็ต; not ไฟ, คน, เบี้ย, จ้าง).</summary>
    public const int MinUnits = 3;

    /// <summary>
    /// The splits of a word of Thai dictionary words whose halves each hold a word that is more than grammar;
    /// none for one dictionary word, for digits or Latin letters, or for a long word.
    /// </summary>
    /// <param name="read">Reads a half's text as a query word (its words, units and bigrams).</param>
    public static List<WordSplit> Of(QueryWord word, Func<string, QueryWord?> read)
    {
        var splits = new List<WordSplit>();
        if (word.Words.Count is < 2 or > MaxWords || !word.Words.All(IsThaiWord))
        {
            return splits;
        }

        // The name of a body (เทศบาลนคร, สำนักงานสาธารณสุขจังหวัด) is not its halves: neither anywhere (เทศบาล in one place
        // and นคร of นครราชสีมา in another) nor the other way round (…สาธารณสุขจังหวัดขอนแก่น หัวหน้าสำนักงาน…).
        if (WordAlternatives.IsFullName(word))
        {
            return splits;
        }

        for (var at = 1; at < word.Words.Count; at++)
        {
            var (first, second) = (word.Words.Take(at).ToList(), word.Words.Skip(at).ToList());
            if (!IsContent(first) || !IsContent(second)
                || read(string.Concat(first)) is not { } firstWord || read(string.Concat(second)) is not { } secondWord)
            {
                continue;
            }

            // A half the table spells other ways (ซูม, Zoom) names one thing, however short; an English abbreviation typed
            // as its letters' names (เอ็มอาร์ไอ, MRI), or a count with what it counts (สิบล้อ, 10 ล้อ), names one thing so
            // plainly that the other half need only be content (ค่าเอ็มอาร์ไอ: ค่า anywhere in a letter with MRI; รถสิบล้อ).
            splits.Add(new WordSplit(firstWord, secondWord,
                ((IsSubstantial(first) || firstWord.Alternatives.Count > 0) && (IsSubstantial(second) || secondWord.Alternatives.Count > 0))
                || IsPlainlyOneThing(first) || IsPlainlyOneThing(second)));
        }

        return splits;
    }

    /// <summary>
    /// Whether a half says enough to be looked for anywhere in a letter: two words that are more than grammar
    /// (ไฟป่า, คนแก่), one of at least <see cref="MinUnits"/> units (สงขลา), or a province however short (น่าน, เลย):
    /// the place a topic is typed with. A single short word (ไฟ, ป่า, คน, งบ) stands in almost every letter.
    /// </summary>
    private static bool IsSubstantial(List<string> words)
    {
        if (IsProvince(words))
        {
            return true;
        }

        var content = words.Where(IsContentWord).ToList();
        return content.Count > 1 || (content.Count == 1 && UnitSegmenter.Segment(content[0], joinThaiAcrossSpace: false).Count >= MinUnits);
    }

    /// <summary>Whether a half holds a word that is more than grammar; a province is, even one named as a word is (เลย).</summary>
    private static bool IsContent(List<string> words) => words.Any(IsContentWord) || IsProvince(words);

    private static bool IsPlainlyOneThing(List<string> words) =>
        SpelledLetters.Acronym(string.Concat(words)) is not null || (words.Count > 1 && ThaiNumberWords.InDigits(words) is not null);

    private static bool IsProvince(List<string> words) => ThaiProvinces.IsName(string.Concat(words));

    private static bool IsContentWord(string word) => !NearbyWords.IsGrammatical(word);

    private static bool IsThaiWord(string word) => word.Length > 0 && word.All(UnitSegmenter.IsThai);
}
