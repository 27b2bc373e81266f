using System.Text;

namespace GeccPortal.Thai.Tests;

public class NfcTests
{
    [Theory]
    [InlineData("ผู้อำนวยการ อยู่ระหว่างประชุม")]
    [InlineData("กุ้ง ปู่ ฐู ก\u0E3A\u0E38\u0E48")]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖ – “ด่วนที่สุด”…")]
    [InlineData("Café, naïve ABC 123")]
    [InlineData("")]
    public void Accepts_text_already_in_nfc(string text)
    {
        Assert.True(Nfc.IsSurelyNfc(text));
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("ก\u0E48\u0E38")] // tone mark before sara u: NFC swaps them
    [InlineData("ก\u0E38\u0E3A")] // sara u before phinthu
    [InlineData("Cafe\u0301")] // a combining acute: ask ICU
    [InlineData("\u2000")] // en quad: NFC maps it to en space
    [InlineData("한국")]
    public void Leaves_everything_else_to_icu(string text)
    {
        Assert.False(Nfc.IsSurelyNfc(text));
    }

    /// <summary>Every pair and every Thai mark triple it accepts, checked against ICU's own answer.</summary>
    [Fact]
    public void Never_accepts_text_that_icu_would_change()
    {
        var alphabet = new List<char>();
        for (var c = '\u0020'; c <= '\u2060'; c++)
        {
            if (c is < '\u0100' or (>= '\u0E00' and <= '\u0E7F') or (>= '\u2000' and <= '\u2060') or (>= '\u0300' and <= '\u036F'))
            {
                alphabet.Add(c);
            }
        }

        var accepted = 0;
        foreach (var first in alphabet)
        {
            foreach (var second in alphabet)
            {
                var pair = new string([first, second]);
                if (Nfc.IsSurelyNfc(pair))
                {
                    accepted++;
                    Assert.True(pair.IsNormalized(NormalizationForm.FormC), $"U+{(int)first:X4} U+{(int)second:X4}");
                }
            }
        }

        char[] marks = ['\u0E31', '\u0E34', '\u0E38', '\u0E39', '\u0E3A', '\u0E47', '\u0E48', '\u0E4B', '\u0E4C', '\u0E4D'];
        foreach (var a in marks)
        {
            foreach (var b in marks)
            {
                foreach (var c in marks)
                {
                    var text = new string(['ก', a, b, c]);
                    Assert.True(!Nfc.IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC), text);
                }
            }
        }

        // The scan must take most plain text, or it saves nothing.
        Assert.True(accepted > 50_000, $"{accepted} pairs accepted");
    }
}
