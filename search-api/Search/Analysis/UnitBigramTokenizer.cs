using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// The segmentation-free view of a text: every pair of neighbouring <see cref="TextUnit"/>s in a run, one
/// position per unit, so a word of n units is found by the phrase of its n−1 bigrams wherever it stands
/// (inside a compound, a name the dictionary does not know, a loanword). A run of one unit is emitted as is.
/// Consecutive runs are <see cref="RunGap"/> positions apart, so a phrase never spans two runs.
/// A run of Latin letters or digits also gets its <see cref="WholeRunTerm"/>, at its first position.
/// </summary>
public sealed class UnitBigramTokenizer : Tokenizer
{
    /// <summary>
    /// Two empty positions between runs: a query phrase takes every other bigram (see the query builder),
    /// so neighbouring phrase terms are up to two positions apart, and must never reach into the next run.
    /// </summary>
    public const int RunGap = 3;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly bool _joinThaiAcrossSpace;
    private string _text = "";
    private List<TextUnit> _units = [];
    private int _next;
    private int _finalOffset;
    private string? _pendingWholeRun;
    private int _pendingStart;
    private int _pendingEnd;

    public UnitBigramTokenizer(TextReader input, bool joinThaiAcrossSpace)
        : base(input)
    {
        _joinThaiAcrossSpace = joinThaiAcrossSpace;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_pendingWholeRun is not null)
        {
            // At the position of the run's first token: a phrase of the run's bigrams keeps its positions.
            _term.SetEmpty().Append(_pendingWholeRun);
            _offset.SetOffset(CorrectOffset(_pendingStart), CorrectOffset(_pendingEnd));
            _positionIncrement.PositionIncrement = 0;
            _pendingWholeRun = null;
            return true;
        }

        while (_next < _units.Count)
        {
            var first = _units[_next];
            var startsRun = _next == 0 || _units[_next - 1].Run != first.Run;
            var hasSecond = _next + 1 < _units.Count && _units[_next + 1].Run == first.Run;
            _next++;
            if (!hasSecond && !startsRun)
            {
                continue; // the last unit of a longer run is already inside the previous bigram
            }

            // The term is the units' own characters: what stands between them (a space, a comma) is not part of it.
            _term.SetEmpty().Append(_text, first.Start, first.Length);
            var end = first.End;
            if (hasSecond)
            {
                var second = _units[_next];
                _term.Append(_text, second.Start, second.Length);
                end = second.End;
            }

            _offset.SetOffset(CorrectOffset(first.Start), CorrectOffset(end));
            _positionIncrement.PositionIncrement = startsRun && _next > 1 ? RunGap : 1;
            if (startsRun)
            {
                QueueWholeRun(_next - 1);
            }

            return true;
        }

        return false;
    }

    /// <summary>Queues the <see cref="WholeRunTerm"/> of the run starting at unit <paramref name="start"/>, when it gets one.</summary>
    private void QueueWholeRun(int start)
    {
        if (!WholeRunTerm.AppliesTo(_text[_units[start].Start]))
        {
            return;
        }

        var end = start + 1;
        while (end < _units.Count && _units[end].Run == _units[start].Run)
        {
            end++;
        }

        if (end - start <= WholeRunTerm.MaxUnits)
        {
            _pendingWholeRun = WholeRunTerm.Of(_text, _units, start, end);
            (_pendingStart, _pendingEnd) = (_units[start].Start, _units[end - 1].End);
        }
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _units = UnitSegmenter.Segment(_text, _joinThaiAcrossSpace);
        _next = 0;
        _pendingWholeRun = null;
        _finalOffset = CorrectOffset(_text.Length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }
}
