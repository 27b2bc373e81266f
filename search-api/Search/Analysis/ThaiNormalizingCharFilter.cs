namespace GeccPortal.Search.Analysis;

/// <summary>
/// The first stage of every analysis chain: applies <see cref="GeccPortal.Thai.ThaiSearchNormalizer"/>
/// (PDF repairs, Thai digits to ASCII, Latin case folding) and keeps offsets pointing at the original text.
/// </summary>
public sealed class ThaiNormalizingCharFilter(TextReader input) : WholeTextCharFilter(input)
{
    private NormalizedText? _normalized;

    protected override string Rewrite(string input)
    {
        _normalized = NormalizedText.Create(input);
        return _normalized.Text;
    }

    protected override int Correct(int currentOff) => _normalized?.ToOriginal(currentOff) ?? currentOff;
}
