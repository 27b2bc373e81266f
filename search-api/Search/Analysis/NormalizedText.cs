using System.Text;

using GeccPortal.Thai;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// A text run through <see cref="ThaiSearchNormalizer"/>, with a map from each offset in the normalised text
/// back to the original, so highlights land on the characters the reader sees.
/// </summary>
/// <remarks>
/// The text is normalised in short chunks that start at a character no repair rule reaches across
/// (a Thai digit, ASCII, white space, and a Thai consonant that no moved tone mark reaches across: see
/// <see cref="StartsChunk"/>; none inside a <see cref="DictionaryReadSpans"/> span); chunks with nothing to repair take a fast per-character path. The result equals normalising the whole text at once (a test proves it), and a
/// chunk whose length changed records where it lies in both texts.
/// </remarks>
public sealed class NormalizedText
{
    private readonly List<ChangedChunk> _changes;

    private NormalizedText(string original, string text, List<ChangedChunk> changes)
    {
        Original = original;
        Text = text;
        _changes = changes;
    }

    public string Original { get; }

    public string Text { get; }

    public static NormalizedText Create(string original)
    {
        original = LoneSurrogates.Replace(original);
        var output = new StringBuilder(original.Length);
        var changes = new List<ChangedChunk>();
        var wholeIsNfc = Nfc.IsNormalized(original);
        var dictionarySpans = DictionaryReadSpans.Find(original);
        var span = 0;
        var start = 0;
        while (start < original.Length)
        {
            var end = start + 1;
            while (end < original.Length && (!StartsChunk(original, end) || Inside(dictionarySpans, ref span, end)))
            {
                end++;
            }

            var normalizedStart = output.Length;
            if (wholeIsNfc && IsPlain(original, start, end))
            {
                for (var i = start; i < end; i++)
                {
                    output.Append(Fold(original[i]));
                }
            }
            else
            {
                output.Append(ThaiSearchNormalizer.Normalize(original[start..end]));
                if (output.Length - normalizedStart != end - start)
                {
                    changes.Add(new ChangedChunk(normalizedStart, output.Length, start, end));
                }
            }

            start = end;
        }

        return new NormalizedText(original, output.ToString(), changes);
    }

    /// <summary>Whether <paramref name="i"/> lies inside one of the spans (after its start); <paramref name="span"/> only moves forward.</summary>
    private static bool Inside(List<(int Start, int End)> spans, ref int span, int i)
    {
        while (span < spans.Count && spans[span].End <= i)
        {
            span++;
        }

        return span < spans.Count && spans[span].Start < i;
    }

    /// <summary>The offset in <see cref="Original"/> that corresponds to an offset in <see cref="Text"/>.</summary>
    public int ToOriginal(int normalizedOffset)
    {
        var index = LastChangeAtOrBefore(normalizedOffset);
        if (index < 0)
        {
            return normalizedOffset;
        }

        var change = _changes[index];
        if (normalizedOffset >= change.NormalizedEnd)
        {
            return normalizedOffset + (change.OriginalEnd - change.NormalizedEnd);
        }

        return Math.Min(change.OriginalStart + (normalizedOffset - change.NormalizedStart), change.OriginalEnd);
    }

    private int LastChangeAtOrBefore(int normalizedOffset)
    {
        int low = 0, high = _changes.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_changes[middle].NormalizedStart <= normalizedOffset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a chunk may start at <paramref name="i"/>. Most repairs stay between two consonants, but a tone
    /// mark moved past a consonant (<c>สัง่</c>) goes back across it, and whether it may depends on the letters
    /// before (<c>เปลีย่</c>: the เ before the consonants): so a consonant with a tone mark after it, or with
    /// เ แ โ ใ ไ before it or before the consonant before it, continues the chunk. Zero-width characters, which
    /// the repair drops first, are looked through, and private-use glyphs are read as what they stand for.
    /// </summary>
    private static bool StartsChunk(string text, int i)
    {
        var c = text[i];
        if (c < '\u0080' || ThaiDigits.IsThaiDigit(c) || char.IsWhiteSpace(c))
        {
            return true;
        }

        if (!IsConsonant(c))
        {
            return false;
        }

        var next = ThaiTextRepair.NearestVisible(text, i, +1);
        if (next >= 0 && ThaiTextRepair.IsToneMark(ThaiTextRepair.MapPrivateUse(text[next])))
        {
            return false;
        }

        var previous = ThaiTextRepair.NearestVisible(text, i, -1);
        if (previous < 0)
        {
            return true;
        }

        var before = ThaiTextRepair.MapPrivateUse(text[previous]);
        var twoBefore = ThaiTextRepair.NearestVisible(text, previous, -1);
        return !IsLeadingVowel(before)
            && !(IsConsonant(before) && twoBefore >= 0 && IsLeadingVowel(ThaiTextRepair.MapPrivateUse(text[twoBefore])));
    }

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    private static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    // Characters no repair rule touches: everything but nikhahit, a repeated sara e, a misplaced tone mark,
    // zero-width and private-use glyphs. Thai and ASCII only, so case folding stays one char for one char.
    private static bool IsPlain(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var plain = c < '\u0080' || (c is >= '\u0E01' and <= '\u0E7F' && c != '\u0E4D'
                && !(c == '\u0E40' && i + 1 < end && text[i + 1] == '\u0E40')
                && !(ThaiTextRepair.IsToneMark(c) && (ToneMarkOrder.StandsTooLate(text, i) || ToneMarkOrder.StandsTooEarly(text, i))));
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) =>
        ThaiDigits.IsThaiDigit(c) ? (char)('0' + (c - '\u0E50')) : c < '\u0080' ? char.ToLowerInvariant(c)
            : c == ThaiSearchNormalizer.Paiyannoi ? ' ' : c;

    private readonly record struct ChangedChunk(int NormalizedStart, int NormalizedEnd, int OriginalStart, int OriginalEnd);
}
