using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Search probe 9 confirmed what probe 8 suspected: a Thai word typed with a slip (<c>วัคซิน</c>) that found nothing as typed
/// was read by its sound key as an unrelated English word of the same consonants (<c>Casino</c>: K S N) and that letter
/// shown as an exact hit, hiding the letter the slip meant. A slip of words letters write is now read as the slip first.
/// </summary>
public sealed class SoundAlikeSlipTests : IDisposable
{
    private const string Vaccine = "สธ0228.07.2/ว484";
    private const string Casino = "กค0621/ว55";

    private readonly TempIndex _index = new([
        .. Circulars.All,
        Circulars.Make("ที่ กค ๐๖๒๑/ว ๕๕", new DateOnly(2025, 4, 9), "ร่างพระราชบัญญัติสถานบันเทิงครบวงจร",
            "ขอส่งร่างพระราชบัญญัติสถานบันเทิงครบวงจร (Entertainment Complex) ซึ่งรวมถึงกาสิโน (Casino) เพื่อประกอบการพิจารณา"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_thai_slip_lists_the_letter_it_meant_first_and_says_the_hits_are_approximate()
    {
        var response = _index.Search("วัคซิน");

        Assert.True(response.Approximate);
        Assert.Equal(Vaccine, Thai.CircularRef.Parse(response.Hits[0].Ref).Normalized);
    }

    [Fact]
    public void The_english_word_of_the_same_sound_is_still_listed_below_it()
    {
        Assert.Contains(Casino, _index.Refs("วัคซิน"));
    }

    [Fact]
    public void A_loanword_no_thai_word_is_near_is_still_an_exact_hit()
    {
        var response = _index.Search("คาสิโน");

        Assert.False(response.Approximate);
        Assert.Equal([Casino], _index.Refs("คาสิโน"));
    }
}
