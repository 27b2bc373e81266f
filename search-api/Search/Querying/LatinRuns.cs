namespace GeccPortal.Search.Querying;

/// <summary>The runs of ASCII letters in a text, as start and end offsets: where a query's Latin words are.</summary>
internal static class LatinRuns
{
    public static IEnumerable<(int Start, int End)> In(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (!char.IsAsciiLetter(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            yield return (start, end);
            start = end;
        }
    }
}
