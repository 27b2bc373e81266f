using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Bench.Analysis;

public static class Throughput
{
    /// <summary>Tokenises every field <paramref name="rounds"/> times; returns the seconds taken and the tokens seen.</summary>
    public static (double Seconds, long Tokens) Run(Analyzer analyzer, IReadOnlyList<string> fields, int rounds)
    {
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
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
        }

        return (clock.Elapsed.TotalSeconds, tokens);
    }
}
