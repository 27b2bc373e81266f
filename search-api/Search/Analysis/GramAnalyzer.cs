using Lucene.Net.Analysis;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// The recall view: normalised text as bigrams of <see cref="TextUnit"/>s (see <see cref="UnitBigramTokenizer"/>).
/// At index time Thai runs continue across white space; a query is cut at its spaces instead, each piece
/// being a word the user means.
/// </summary>
public sealed class GramAnalyzer(bool joinThaiAcrossSpace) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new UnitBigramTokenizer(reader, joinThaiAcrossSpace));

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ThaiNormalizingCharFilter(reader);

    public override int GetPositionIncrementGap(string fieldName) => 100;
}
