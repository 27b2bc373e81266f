namespace GeccPortal.Search.Analysis;

/// <summary>
/// Unicode normalisation throws on a half of a surrogate pair, which broken PDFs and hostile queries
/// contain; each one becomes U+FFFD (one char for one, so offsets stay put).
/// </summary>
public static class LoneSurrogates
{
    public static string Replace(string text)
    {
        var index = FirstLone(text);
        if (index < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static int FirstLone(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
