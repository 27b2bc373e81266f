using Lucene.Net.Analysis;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// The first stage of every analysis chain: applies <see cref="GeccPortal.Thai.ThaiSearchNormalizer"/>
/// (PDF repairs, Thai digits to ASCII, Latin case folding) and keeps offsets pointing at the original text.
/// </summary>
public sealed class ThaiNormalizingCharFilter : CharFilter
{
    private NormalizedText? _normalized;
    private int _position;

    public ThaiNormalizingCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        // The whole field is read at once: repairs look a few characters ahead and fields are small.
        _normalized ??= NormalizedText.Create(m_input.ReadToEnd());
        var text = _normalized.Text;
        if (_position >= text.Length)
        {
            return 0;
        }

        var copied = Math.Min(count, text.Length - _position);
        text.CopyTo(_position, buffer, index, copied);
        _position += copied;
        return copied;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    protected override int Correct(int currentOff) => _normalized?.ToOriginal(currentOff) ?? currentOff;
}
