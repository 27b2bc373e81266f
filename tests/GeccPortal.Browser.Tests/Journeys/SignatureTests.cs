using GeccPortal.Browser.Tests.Infrastructure;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// The signer's block on screen (site probe, 2026-11-29): held to the right half of the letter, a long position broke
/// inside its words at 1280 px (รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติ / ราชการแทน), where print already
/// let the block grow leftwards.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SignatureTests(PortalFixture portal)
{
    private const string Measure = """
        () => { const position = document.querySelector('.signer-position'), block = document.querySelector('.letter-signature');
          const letter = document.querySelector('.letter').getBoundingClientRect(), mark = block.getBoundingClientRect();
          const lines = Math.round(position.getBoundingClientRect().height / parseFloat(getComputedStyle(position).lineHeight));
          return [lines, Math.round(mark.right - letter.right), Math.round(mark.left - letter.left), Math.round(letter.width)]; }
        """;

    [Fact]
    public async Task At_1280_px_each_line_of_a_long_position_is_one_line_in_a_block_that_grows_leftwards_inside_the_letter()
    {
        await using var session = await portal.OpenAsync();
        await session.Page.GotoAsync(Url(LetterFormContent.LongPosition));
        var (lines, rightOverhang, left, width) = Unpack(await session.Page.EvaluateAsync<int[]>(Measure));
        Assert.Equal(2, lines);
        Assert.True(rightOverhang <= 0, $"the block sticks out {rightOverhang} px on the right");
        Assert.InRange(left, 1, (width / 2) - 1);
    }

    [Fact]
    public async Task A_short_signature_stays_in_the_right_half_and_at_320_px_takes_the_whole_width()
    {
        await using var wide = await portal.OpenAsync();
        await wide.Page.GotoAsync(Url(LetterFormContent.One));
        var (_, _, left, width) = Unpack(await wide.Page.EvaluateAsync<int[]>(Measure));
        Assert.InRange(left, width / 2, width);

        await using var phone = await portal.OpenAsync(width: 320);
        await phone.Page.GotoAsync(Url(LetterFormContent.LongPosition));
        var (_, rightOverhang, phoneLeft, _) = Unpack(await phone.Page.EvaluateAsync<int[]>(Measure));
        Assert.True(rightOverhang <= 0, $"the block sticks out {rightOverhang} px on the right at 320 px");
        Assert.InRange(phoneLeft, 0, 40);
    }

    private static (int Lines, int RightOverhang, int Left, int Width) Unpack(int[] m) => (m[0], m[1], m[2], m[3]);

    private string Url(string reference) => portal.LetterFormPortal + portal.LetterFormSite.Circular(reference).Url;
}
