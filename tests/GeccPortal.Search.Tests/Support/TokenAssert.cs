using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Tests.Support;

/// <summary>One token as an analyzer emits it.</summary>
public sealed record Token(string Term, int Start, int End, int PositionIncrement);

public static class TokenAssert
{
    public static List<Token> Tokens(Analyzer analyzer, string text, string field = "f") =>
        Read(analyzer.GetTokenStream(field, text));

    public static List<Token> Tokens(Analyzer analyzer, TextReader text, string field = "f") =>
        Read(analyzer.GetTokenStream(field, text));

    private static List<Token> Read(TokenStream analyzed)
    {
        var tokens = new List<Token>();
        using var stream = analyzed;
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    public static List<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToList();
}
