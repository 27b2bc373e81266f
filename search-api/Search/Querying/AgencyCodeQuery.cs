using System.Text.RegularExpressions;

using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A query that is only an agency's letter code (<c>กค</c>, <c>รง</c>, <c>มท.</c>): the official means that
/// agency's letters, then the letters citing one of them, above the letters where the two letters happen to
/// stand inside a Thai word (ก-ค in ปกครอง, ร-ง in โรงเรียน), which the words still find, lower.
/// </summary>
public static partial class AgencyCodeQuery
{
    // Far above any text match, as a partial reference is; a citation far below the agency's own letters.
    private const float OwnScore = 500f;
    private const float CitedScore = 100f;

    /// <summary>The code when the whole query is one: two to four Thai consonants, a dot after them at most.</summary>
    /// <remarks>
    /// Dots between the letters (<c>ก.ค.</c>, <c>ก.พ.</c>) make a month or another abbreviation, not a code. A
    /// code that no letter has or cites changes nothing: no list of codes is needed.
    /// </remarks>
    public static string? Read(string query)
    {
        var match = Code().Match(query);
        return match.Success ? match.Groups["code"].Value : null;
    }

    [GeneratedRegex(@"^\s*(?<code>[ก-ฮ]{2,4})\.?\s*$")]
    private static partial Regex Code();

    /// <summary>What <paramref name="words"/> finds, or a letter of the agency, or one citing a letter of it.</summary>
    public static Query OrLettersOf(string code, Query words) => new BooleanQuery(disableCoord: true)
    {
        { words, Occur.SHOULD },
        { Constant(IndexFields.RefKeys, code, OwnScore), Occur.SHOULD },
        { Constant(IndexFields.CitedKeys, code, CitedScore), Occur.SHOULD },
    };

    private static ConstantScoreQuery Constant(string field, string code, float score) =>
        new(new TermQuery(new Term(field, RefKeys.Agency(code)))) { Boost = score };
}
