using System.Text;

namespace GeccPortal.Thai;

/// <summary>
/// Repairs the artifacts of Thai text extracted from PDFs and typed carelessly (see THAI.md):
/// private-use glyphs, split sara am, a stray nikhahit for thanthakhat, เ+เ for แ, zero-width characters,
/// tone marks moved off their consonant (<see cref="ToneMarkOrder"/>).
/// The result is what the author meant, so it is safe both to display and to index.
/// </summary>
public static class ThaiTextRepair
{
    private const char Nikhahit = '\u0E4D';
    private const char SaraAa = '\u0E32';
    private const char SaraAm = '\u0E33';
    private const char Thanthakhat = '\u0E4C';
    private const char SaraE = '\u0E40';
    private const char SaraAe = '\u0E41';

    // HarfBuzz's Thai shaper table of the private-use glyphs U+F700–U+F71A.
    private static readonly char[] PrivateUseGlyphs =
    [
        '\u0E10', // F700 ฐ without descender
        '\u0E34', '\u0E35', '\u0E36', '\u0E37', // F701–F704 above vowels, shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705–F709 tone marks, low left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A–F70E tone marks, shifted left
        '\u0E0D', // F70F ญ without descender
        '\u0E31', // F710 mai han-akat, shifted left
        '\u0E4D', // F711 nikhahit, shifted left
        '\u0E47', // F712 mai taikhu, shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713–F717 tone marks, low
        '\u0E38', '\u0E39', '\u0E3A', // F718–F71A below vowels, lowered
    ];

    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    /// <summary>Maps one private-use Thai glyph (Windows U+F700… or Mac U+F884…) to its character, else returns it.</summary>
    public static char MapPrivateUse(char c) => c switch
    {
        >= '\uF700' and <= '\uF71A' => PrivateUseGlyphs[c - '\uF700'],
        >= '\uF884' and <= '\uF89E' => PrivateUseGlyphs[c - '\uF884'],
        _ => c,
    };

    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The index of the nearest character before (<paramref name="step"/> -1) or after (+1) <paramref name="i"/> that is not zero-width; -1 if none.</summary>
    public static int NearestVisible(string text, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < text.Length; j += step)
        {
            if (!IsZeroWidth(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Applies every repair, then NFC. Digits and case are left alone (see <see cref="ThaiSearchNormalizer"/>).</summary>
    public static string Repair(string text)
    {
        if (!NeedsRepair(text))
        {
            return Nfc.Of(text);
        }

        var buffer = new char[text.Length];
        var length = 0;
        foreach (var raw in text)
        {
            if (!IsZeroWidth(raw))
            {
                buffer[length++] = MapPrivateUse(raw);
            }
        }

        // Tone marks go back in place first, on real characters: a split sara am may hide one (นํา้).
        var mapped = buffer.AsSpan(0, length);
        ToneMarkOrder.Repair(mapped);
        var output = new StringBuilder(mapped.Length);
        for (var i = 0; i < mapped.Length; i++)
        {
            var c = mapped[i];
            if (c == SaraE && i + 1 < mapped.Length && mapped[i + 1] == SaraE)
            {
                output.Append(SaraAe);
                i++;
                continue;
            }

            if (c == Nikhahit)
            {
                // nikhahit, any tone marks, sara aa: the shaper's decomposition of sara am.
                var j = i + 1;
                while (j < mapped.Length && IsToneMark(mapped[j]))
                {
                    j++;
                }

                if (j < mapped.Length && mapped[j] == SaraAa)
                {
                    output.Append(mapped[(i + 1)..j]).Append(SaraAm);
                    i = j;
                    continue;
                }

                // A nikhahit on its own after a consonant stands for thanthakhat (องคํการ → องค์การ).
                output.Append(Thanthakhat);
                continue;
            }

            output.Append(c);
        }

        return Nfc.Of(output.ToString());
    }

    private static bool NeedsRepair(string text)
    {
        foreach (var c in text)
        {
            if (c == Nikhahit || IsZeroWidth(c) || c is >= '\uF700' and <= '\uF71A' or >= '\uF884' and <= '\uF89E')
            {
                return true;
            }
        }

        return text.Contains("\u0E40\u0E40", StringComparison.Ordinal) || ToneMarkOrder.HasMisplaced(text);
    }
}
