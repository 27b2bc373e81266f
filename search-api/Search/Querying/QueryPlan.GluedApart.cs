using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A query typed as one glued word, its dictionary words apart: what is asked when nothing has them together or in order
/// a few words apart (<c>ห้ามสูบกัญชาที่สาธารณะ</c> for a letter writing <c>ห้ามสูบในที่สาธารณะ</c> and, elsewhere, กัญชา;
/// <c>สรรพสามิตเครื่องดื่มน้ำตาล</c> for a letter of กรมสรรพสามิต on เครื่องดื่ม and น้ำตาล).
/// </summary>
public sealed partial class QueryPlan
{
    /// <summary>A glued word of more dictionary words than this is pasted text, not a topic typed short.</summary>
    public const int MaxGluedWordsApart = 8;

    /// <summary>
    /// Content words a glued word needs to be taken apart: two glued (<c>งานคน</c>, <c>ฝุ่นในโรงเรียน</c>) are split by
    /// <see cref="WordSplit"/>'s rules, which look for short halves only side by side; three or more say enough.
    /// </summary>
    public const int MinGluedContentWords = 3;

    /// <summary>
    /// The query's text with each glued word of three or more content words written as those words apart (grammar left out: ที่, การ),
    /// read as typed words are, each with its other spellings; null when no word is so glued. Not for a reference, the name
    /// of a body (<c>เทศบาลนคร</c> is not เทศบาล and นคร anywhere), a province, or a word the table spells as one thing
    /// (<c>คนท้อง</c> is not คน and ท้อง).
    /// </summary>
    public string? GluedWordsApartText()
    {
        if (WholeRef is not null || PartialRef is not null || QuotedRefs.Count > 0)
        {
            return null;
        }

        var text = Text;
        var changed = false;
        foreach (var word in Words)
        {
            if (AbbreviationCut(word.Text) is { } cut && text.Contains(word.Text, StringComparison.Ordinal))
            {
                text = text.Replace(word.Text, " " + cut + " ", StringComparison.Ordinal);
                changed = true;
                continue;
            }

            var content = word.Words.Where(term => !NearbyWords.IsGrammatical(term)).ToList();
            if (word.Words.Count > MaxGluedWordsApart || content.Count < MinGluedContentWords || !word.Words.All(term => term.All(UnitSegmenter.IsThai))
                || WordAlternatives.IsSpelling(word) || WordAlternatives.IsFullName(word) || ThaiProvinces.IsName(word.Text)
                || !text.Contains(word.Text, StringComparison.Ordinal))
            {
                continue;
            }

            text = text.Replace(word.Text, " " + string.Join(' ', Pieces(word.Words)) + " ", StringComparison.Ordinal);
            changed = true;
        }

        return changed ? text : null;
    }

    /// <summary>
    /// <see cref="GluedWordsApartText"/> read as a plan whose Thai words are found as dictionary words only, not by their
    /// bigrams inside other words: a slip's pieces (ไข้เลือดอก: ไข้ เลือด อก) would otherwise be found in any letter with
    /// ไข้เลือดออก and shown as exact, where the approximate try says what it is.
    /// </summary>
    public QueryPlan? GluedWordsApart()
    {
        if (GluedWordsApartText() is not { } text)
        {
            return null;
        }

        var apart = Parse(text);
        return apart.WithWords([.. apart.Words.Select(word => word.Text.Any(UnitSegmenter.IsThai) ? word with { Grams = [] } : word)]);
    }

    /// <summary>
    /// The word's dictionary words other than grammar, those that together are a table spelling kept together (<c>หน้า</c>
    /// <c>ฝน</c> as หน้าฝน, so it is also found as ฤดูฝน).
    /// </summary>
    private static List<string> Pieces(IReadOnlyList<string> words)
    {
        var pieces = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var length = words.Count - i;
            while (length > 1 && !WordAlternatives.IsSpelling(words.Skip(i).Take(length)))
            {
                length--;
            }

            if (length > 1 || !NearbyWords.IsGrammatical(words[i]))
            {
                pieces.Add(string.Concat(words.Skip(i).Take(length)));
            }

            i += length;
        }

        return pieces;
    }

    /// <summary>
    /// A Thai word with one of the table's undotted abbreviations glued to its start or end (<c>มติครม</c>, <c>อบตหนองบัว</c>),
    /// written apart (<c>มติ ครม</c>), as typed apart it is found; null for any other word. The rest must be two letters or
    /// more. The dictionary reads no word in such letters (ค + รม), so the word has no split of its own to go by.
    /// </summary>
    private static string? AbbreviationCut(string word)
    {
        if (!word.All(UnitSegmenter.IsThai))
        {
            return null;
        }

        for (var length = GluedAbbreviations.MaxLetters; length >= 3; length--)
        {
            if (word.Length - length < 2)
            {
                continue;
            }

            if (WordAlternatives.UndottedAbbreviations.Contains(word[^length..]))
            {
                return word[..^length] + " " + word[^length..];
            }

            if (WordAlternatives.UndottedAbbreviations.Contains(word[..length]))
            {
                return word[..length] + " " + word[length..];
            }
        }

        return null;
    }
}
