using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

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
          // The block's lines, not its box (a grid as wide as the text, its lines in the last columns).
          const letter = document.querySelector('.letter').getBoundingClientRect(), boxes = [...block.querySelectorAll('p')].map(c => c.getBoundingClientRect());
          const mark = { left: Math.min(...boxes.map(b => b.left)), right: Math.max(...boxes.map(b => b.right)) };
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

    /// <summary>
    /// ขอแสดงความนับถือ is centred over the right half of the text, where every letter has it, however far a long
    /// position widens the signer's block leftwards (site probe 11: it followed the block's middle leftwards, on
    /// screen and on paper).
    /// </summary>
    [Theory]
    [InlineData("screen", LetterFormContent.One)]
    [InlineData("screen", LetterFormContent.LongPosition)]
    [InlineData("print", LetterFormContent.One)]
    [InlineData("print", LetterFormContent.LongPosition)]
    public async Task The_closing_keeps_to_the_middle_of_the_right_half_whatever_the_position(string media, string reference)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, Url(reference));
        if (media == "screen")
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        var offCentre = await page.EvaluateAsync<int>("""
            () => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.letter-signature .closing'));
              const text = r.getBoundingClientRect(), body = document.querySelector('.letter-body').getBoundingClientRect();
              return Math.round((text.left + text.width / 2) - (body.left + body.width * 0.75)); }
            """);
        Assert.InRange(offCentre, -2, 2);
    }

    private static (int Lines, int RightOverhang, int Left, int Width) Unpack(int[] m) => (m[0], m[1], m[2], m[3]);

    private string Url(string reference) => portal.LetterFormPortal + portal.LetterFormSite.Circular(reference).Url;
}
