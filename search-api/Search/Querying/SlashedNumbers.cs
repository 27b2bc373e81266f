using System.Text.RegularExpressions;

using GeccPortal.Search.Analysis;
using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Numbers joined by a slash (<c>ครั้งที่ 10/2567</c>, <c>ภาคเรียนที่ 2/2567</c>, <c>ข้อ 3/1</c>): a meeting, a term or
/// an item of a year, meant as written. Each number is still a query word of its own (a letter may write them
/// apart), but a letter that writes them as typed, in a row, ranks above letters that only have both numbers.
/// </summary>
public static partial class SlashedNumbers
{
    /// <summary>Above what two numbers score as words anywhere (a year in a title scores high), far below a reference.</summary>
    private const float Score = 100f;

    private const int MaxGroups = 4;

    private static readonly WordAnalyzer Words = new();

    /// <summary>The word-view tokens of each group of slashed numbers in the query, as the index has them in a row.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> In(string query)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (Match match in Group().Matches(ThaiDigits.ToArabic(query)))
        {
            var tokens = Tokens(match.Value);
            if (tokens.Count > 1 && groups.Count < MaxGroups)
            {
                groups.Add(tokens);
            }
        }

        return groups;
    }

    // Numbers with a slash between them and no other digit, slash or dot touching the group (not a ref's 0810.3/76).
    [GeneratedRegex(@"(?<![\d/.])\d{1,4}(?:/\d{1,4})+(?![\d/])")]
    private static partial Regex Group();

    /// <summary>A bonus for a letter that writes a group as typed; null when the query has none.</summary>
    public static Query? Bonus(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var bonus = new BooleanQuery(disableCoord: true);
        foreach (var tokens in groups)
        {
            bonus.Add(new ConstantScoreQuery(Phrase(tokens)) { Boost = Score }, Occur.SHOULD);
        }

        return bonus;
    }

    // The words a numbered letter is asked for with: its kind, ที่ or เลขที่, as the word view reads them.
    private static readonly HashSet<string> NumberedLetterWords = new(StringComparer.Ordinal) { "คำ", "สั่ง", "ประกาศ", "ที่", "เลข", "หนังสือ" };

    /// <summary>
    /// Whether the words are only numbers and the words naming a numbered letter (<c>คำสั่งที่ 156/2568</c>, <c>ประกาศ เลขที่
    /// 3/2568</c>): the numbers as typed are then what is asked for, not each number anywhere.
    /// </summary>
    public static bool IsOnlyANumberedLetter(IReadOnlyList<QueryWord> words) =>
        words.Any(word => word.Words.Any(token => !token.All(char.IsAsciiDigit)))
        && words.All(word => word.Words.All(token => token.All(char.IsAsciiDigit) || NumberedLetterWords.Contains(token)));

    /// <summary>A letter that writes one of the groups as typed, in a row; null when the query has none.</summary>
    public static Query? AsTyped(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var tokens in groups)
        {
            any.Add(Phrase(tokens), Occur.SHOULD);
        }

        return any;
    }

    private static PhraseQuery Phrase(IReadOnlyList<string> tokens)
    {
        var phrase = new PhraseQuery();
        for (var i = 0; i < tokens.Count; i++)
        {
            phrase.Add(new Term(TextFieldGroup.All.WordField, tokens[i]), i);
        }

        return phrase;
    }

    private static List<string> Tokens(string text) => AnalyzedTerms.Of(Words, text, TextFieldGroup.All.WordField);
}
