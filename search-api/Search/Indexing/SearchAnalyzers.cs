using GeccPortal.Search.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace GeccPortal.Search.Indexing;

/// <summary>The analyzer of every field, by suffix: words for <c>_w</c>, unit bigrams for <c>_g</c>.</summary>
public static class SearchAnalyzers
{
    /// <summary>For the index writer: bigrams join Thai across spaces (hard-wrapped lines).</summary>
    public static Analyzer ForIndex() => PerField(new GramAnalyzer(joinThaiAcrossSpace: true));

    private static PerFieldAnalyzerWrapper PerField(Analyzer grams)
    {
        var words = new WordAnalyzer();
        var byField = new Dictionary<string, Analyzer>();
        foreach (var group in TextFieldGroup.Every)
        {
            byField[group.WordField] = words;
            byField[group.GramField] = grams;
        }

        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }
}
