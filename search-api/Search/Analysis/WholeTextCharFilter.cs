using Lucene.Net.Analysis;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// A char filter that reads its whole input at once and serves a rewritten text: the rewrites look around
/// each character, and fields are small.
/// </summary>
public abstract class WholeTextCharFilter : CharFilter
{
    private string? _text;
    private int _position;

    protected WholeTextCharFilter(TextReader input)
        : base(input)
    {
    }

    /// <summary>The text to serve in place of what <paramref name="input"/> holds (read it whole, or take what it carries).</summary>
    protected abstract string Rewrite(TextReader input);

    public override int Read(char[] buffer, int index, int count)
    {
        _text ??= Rewrite(m_input);
        if (_position >= _text.Length)
        {
            return 0;
        }

        var copied = Math.Min(count, _text.Length - _position);
        _text.CopyTo(_position, buffer, index, copied);
        _position += copied;
        return copied;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }
}
