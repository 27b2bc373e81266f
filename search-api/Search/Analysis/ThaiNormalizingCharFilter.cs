namespace GeccPortal.Search.Analysis;

/// <summary>
/// The first stage of every analysis chain: applies <see cref="GeccPortal.Thai.ThaiSearchNormalizer"/>
/// (PDF repairs, Thai digits to ASCII, Latin case folding) and keeps offsets pointing at the original text.
/// A <see cref="NormalizedTextReader"/> input brings its normalised form with it.
/// </summary>
/// <param name="separateAbbreviationWords">
/// For the word view: the last dot of an abbreviation before a Thai word reads as a space
/// (<see cref="AbbreviationDots.SeparateWords"/>), so ICU, which keeps dotted letters as one word, reads
/// <c>จ.ส.อ.สมชาย</c> as จ.ส.อ and สมชาย. Done here, one char for one, rather than in a second char filter: that
/// copied every text once more (an index write of bench/index took about a sixth longer).
/// </param>
public sealed class ThaiNormalizingCharFilter(TextReader input, bool separateAbbreviationWords = false) : WholeTextCharFilter(input)
{
    private NormalizedText? _normalized;

    protected override string Rewrite(TextReader input)
    {
        // A NormalizedTextReader's text is not even read: its normalised form is all this needs. Lucene.Net's
        // reusable string reader gives null, not "", for an empty field.
        _normalized = input is NormalizedTextReader already ? already.Normalized : NormalizedText.Create(input.ReadToEnd() ?? string.Empty);
        return separateAbbreviationWords ? AbbreviationDots.SeparateWords(_normalized.Text) : _normalized.Text;
    }

    protected override int Correct(int currentOff) => _normalized?.ToOriginal(currentOff) ?? currentOff;
}
