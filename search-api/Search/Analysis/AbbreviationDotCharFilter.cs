namespace GeccPortal.Search.Analysis;

/// <summary>
/// For the word view: the last dot of an abbreviation before a Thai word reads as a space
/// (<see cref="AbbreviationDots.SeparateWords"/>), so <c>จ.ส.อ.สมชาย</c> is the words จ.ส.อ and สมชาย. One char
/// for one, so offsets pass through unchanged.
/// </summary>
public sealed class AbbreviationDotCharFilter(TextReader input) : WholeTextCharFilter(input)
{
    protected override string Rewrite(string input) => AbbreviationDots.SeparateWords(input);

    protected override int Correct(int currentOff) => currentOff;
}
