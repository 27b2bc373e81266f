using System.Diagnostics;

using GeccPortal.Search.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Bench.Analysis;

public static class Throughput
{
    /// <summary>Tokenises every field once; returns the seconds taken and the tokens seen.</summary>
    public static (double Seconds, long Tokens) Run(Analyzer analyzer, IReadOnlyList<string> fields)
    {
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        foreach (var field in fields)
        {
            using var stream = analyzer.GetTokenStream("body", field);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return (clock.Elapsed.TotalSeconds, tokens);
    }

    /// <summary>Normalises every field once; returns the seconds taken.</summary>
    public static double Normalize(IReadOnlyList<string> fields)
    {
        var clock = Stopwatch.StartNew();
        var length = 0;
        foreach (var field in fields)
        {
            length += NormalizedText.Create(field).Text.Length;
        }

        return length >= 0 ? clock.Elapsed.TotalSeconds : 0;
    }
}
