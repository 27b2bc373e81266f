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
        _text ??= Rewrite(m_input);
        return _position < _text.Length ? _text[_position++] : -1;
    }

    /// <summary>
    /// The rest of the text as it is: the bigram view reads its whole input, and <see cref="TextReader"/>'s own
    /// ReadToEnd copies it through 16 KB of fresh buffers, which for the many short fields of a circular (names,
    /// recipients, tags) came to about 18 KB a field, 3.5 of the 7.3 GB an index write of 10,000 circulars allocated.
    /// </summary>
    public override string ReadToEnd()
    {
        _text ??= Rewrite(m_input);
        var rest = _position == 0 ? _text : _text[_position..];
        _position = _text.Length;
        return rest;
    }
}
