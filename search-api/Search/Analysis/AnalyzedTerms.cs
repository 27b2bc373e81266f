using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Analysis;

/// <summary>The terms an analyzer makes of a text, in order: how a query's text is read the way the index was written.</summary>
public static class AnalyzedTerms
{
    /// <param name="field">The field the text is read for; only analyzers that read fields differently care.</param>
    public static List<string> Of(Analyzer analyzer, string text, string field = "query")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
