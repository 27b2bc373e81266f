using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A glued everyday word whose part the table spells another way (probe 8: <c>หมากัด</c>, read สุนัขกัด, found only
/// approximately a letter writing <c>ถูกสุนัขหรือแมวกัด</c>) is found with a few words between its parts, as the word typed is.
/// </summary>
public sealed class NearbyOtherSpellingTests : IDisposable
{
    private const string Rabies = "มค52001/ว31";

    private readonly TempIndex _index = new([ProbeEightLetters.RabiesDrive, ProbeEightLetters.SummerStorm, ProbeEightLetters.Maternity]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("หมากัด")]
    [InlineData("หมาแมวกัด")]
    public void The_other_spelling_is_found_with_words_between(string typed)
    {
        Assert.Equal([Rabies], _index.ExactRefs(typed));
    }
}
