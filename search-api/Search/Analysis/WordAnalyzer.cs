using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu.Segmentation;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// The precise view: normalised text split into dictionary words by ICU (Thai by its dictionary, other
/// scripts by UAX #29; the words it cuts wrongly put back by <see cref="DictionarySupplement"/>), with a word after
/// an abbreviation's last dot a word of its own. No stop filter: การ, ที่, ส่วน stay searchable, inside phrases too.
/// </summary>
public sealed class WordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ICUTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new DictionarySupplement(tokenizer));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ThaiNormalizingCharFilter(reader, separateAbbreviationWords: true);

    /// <summary>Values of a multi-valued field are far apart, so a phrase never joins two of them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
