using GeccPortal.Search.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// The tokens an analyzer gave for one text, recorded on one thread and replayed to the index writer on
/// another. Lucene.Net.ICU's <c>ICUTokenizer</c> (4.8.0-beta00017) takes one process-wide lock on every
/// token, so word analysis on several threads only queues them on that lock (measured slower than one
/// thread); a parallel write runs all analysis on one thread and hands the writer what it produced. What the
/// writer indexes of a token is its term, position increment and offsets, so those are what is kept:
/// the terms' characters end to end in one buffer and four numbers per token, not one string per token.
/// <para>
/// The captured streams of one document share one set of attributes (<see cref="AttributeSource"/>): the
/// writer inverts a document's fields one after another on one thread, so they never use it at the same
/// time, and a stream then costs no attribute instances of its own (Lucene.Net makes each one through a
/// process-wide lock). One capture can be replayed into several fields (<see cref="Replay"/>).
/// </para>
/// </summary>
internal sealed class CapturedTokens : TokenStream
{
    // Where each of a token's numbers sits among its four.
    private const int StartAt = 0, EndAt = 1, IncrementAt = 2, LengthAt = 3, NumbersPerToken = 4;

    private readonly char[] _chars;
    private readonly int[] _numbers;
    private readonly int _count;
    private readonly int _finalOffset;
    private readonly int _finalIncrement;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;
    private int _charPosition;

    private CapturedTokens(AttributeSource attributes, char[] chars, int[] numbers, int count, int finalOffset, int finalIncrement)
        : base(attributes)
    {
        _chars = chars;
        _numbers = numbers;
        _count = count;
        _finalOffset = finalOffset;
        _finalIncrement = finalIncrement;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <param name="attributes">The attributes every captured stream of this document shares.</param>
    /// <param name="text">Read through the analyzer's char filters like any text (a <see cref="NormalizedTextReader"/> is not normalised again).</param>
    public static CapturedTokens Capture(Analyzer analyzer, string field, NormalizedTextReader text, AttributeSource attributes)
    {
        // A term is never longer than the text it came from, so the text's length is a fair first guess.
        var length = text.Normalized.Original.Length;
        var chars = new char[Math.Max(16, length)];
        var numbers = new int[Math.Max(16, length / 2) * NumbersPerToken];
        int count = 0, used = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            }

            if ((count + 1) * NumbersPerToken > numbers.Length)
            {
                Array.Resize(ref numbers, numbers.Length * 2);
            }

            Array.Copy(term.Buffer, 0, chars, used, term.Length);
            used += term.Length;
            var at = count++ * NumbersPerToken;
            numbers[at + StartAt] = offset.StartOffset;
            numbers[at + EndAt] = offset.EndOffset;
            numbers[at + IncrementAt] = increment.PositionIncrement;
            numbers[at + LengthAt] = term.Length;
        }

        stream.End();
        return new CapturedTokens(attributes, chars, numbers, count, offset.EndOffset, increment.PositionIncrement);
    }

    /// <summary>The same tokens as a new stream, for another field of the same document.</summary>
    public CapturedTokens Replay() => new(this, _chars, _numbers, _count, _finalOffset, _finalIncrement);

    public override bool IncrementToken()
    {
        if (_next >= _count)
        {
            return false;
        }

        ClearAttributes();
        var at = _next++ * NumbersPerToken;
        var length = _numbers[at + LengthAt];
        _term.CopyBuffer(_chars, _charPosition, length);
        _charPosition += length;
        _offset.SetOffset(_numbers[at + StartAt], _numbers[at + EndAt]);
        _increment.PositionIncrement = _numbers[at + IncrementAt];
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
        _charPosition = 0;
    }
}
