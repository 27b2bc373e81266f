using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// Unicode NFC, with "is this text already NFC?" answered for ASCII, Thai and common punctuation without
/// asking ICU, whose check costs far more per string than a scan (it was a third of the model stage's time).
/// </summary>
public static class Nfc
{
    /// <summary>The text in NFC: itself when it already is.</summary>
    public static string Of(string text) => IsNormalized(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Whether the text is in NFC; ICU is asked only when <see cref="IsSurelyNfc"/> cannot tell.</summary>
    public static bool IsNormalized(string text) => IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC);

    /// <summary>
    /// True when <paramref name="text"/> is surely NFC. The characters it accepts have no canonical
    /// decomposition and compose with nothing that it accepts, so NFC can change such text only by reordering
    /// a run of combining marks: Thai has three classes of them (phinthu 9, sara u and uu 103, tone marks
    /// 107), and a run in ascending class order is already canonical. Any other character answers false, which
    /// only means "ask ICU".
    /// </summary>
    public static bool IsSurelyNfc(ReadOnlySpan<char> text)
    {
        var previousClass = 0;
        foreach (var c in text)
        {
            int combiningClass;
            if (c < '\u0080' || c is >= '\u00A0' and <= '\u00FF' or >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u203A')
            {
                combiningClass = 0;
            }
            else if (c is >= '\u0E00' and <= '\u0E7F')
            {
                combiningClass = ThaiCombiningClass(c);
            }
            else
            {
                return false;
            }

            if (combiningClass != 0 && previousClass > combiningClass)
            {
                return false;
            }

            previousClass = combiningClass;
        }

        return true;
    }

    /// <summary>The Unicode canonical combining class of a character in the Thai block.</summary>
    private static int ThaiCombiningClass(char c) => c switch
    {
        '\u0E3A' => 9,
        '\u0E38' or '\u0E39' => 103,
        >= '\u0E48' and <= '\u0E4B' => 107,
        _ => 0,
    };
}
