using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// The tokens an analyzer gave for one text, recorded on one thread and replayed to the index writer on
/// another. Lucene.Net.ICU's <c>ICUTokenizer</c> (4.8.0-beta00017) takes one process-wide lock on every
/// token, so word analysis on several threads only queues them on that lock (measured slower than one
/// thread); a parallel write runs all of it on one thread and hands the writer what it produced. What the
/// writer indexes of a token is its term, position increment and offsets, so those are what is kept.
/// </summary>
internal sealed class CapturedTokens : TokenStream
{
    private readonly List<(string Term, int Start, int End, int Increment)> _tokens;
    private readonly int _finalOffset;
    private readonly int _finalIncrement;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    private CapturedTokens(List<(string, int, int, int)> tokens, int finalOffset, int finalIncrement)
    {
        _tokens = tokens;
        _finalOffset = finalOffset;
        _finalIncrement = finalIncrement;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public static CapturedTokens Capture(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        return new CapturedTokens(tokens, offset.EndOffset, increment.PositionIncrement);
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (term, start, end, increment) = _tokens[_next++];
        _term.SetEmpty().Append(term);
        _offset.SetOffset(start, end);
        _increment.PositionIncrement = increment;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
        _increment.PositionIncrement = _finalIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
