namespace GeccPortal.Search.Querying;

/// <summary>
/// A long name typed as one word (<c>ระเบียบการเบิกจ่ายเงินจากคลัง</c> for <c>ระเบียบกระทรวงการคลังว่าด้วยการเบิกเงินจากคลัง</c>): people
/// recall a law's or a regulation's name with a word of their own or one left out, and letters put words between its
/// parts. Besides its halves (<see cref="WordSplit"/>, none for a word this long), it is also looked for as its content
/// words in order, a few words apart, all but one of them.
/// </summary>
public static class LongNames
{
    /// <summary>
    /// Fewer content words than this are not a long name: one left out would leave too little, and a body's name of four
    /// (องค์กรปกครองส่วนท้องถิ่น) would cost span queries over most letters (bench/api).
    /// </summary>
    public const int MinContentWords = 5;

    /// <summary>More content words than this are text pasted from a letter, found as written (each reading is a clause).</summary>
    public const int MaxContentWords = 8;

    /// <summary>Words between the name's words in a letter, all gaps together: กระทรวงการคลังว่าด้วย in the regulation's name.</summary>
    public const int Slop = 2 * NearbyWords.Slop;

    /// <summary>The word's readings with one content word left out, each its content words in order; none for a word that is no long name.</summary>
    public static List<IReadOnlyList<string>> AllButOne(QueryWord word)
    {
        var readings = new List<IReadOnlyList<string>>();
        var content = word.Words.Where(term => !NearbyWords.IsGrammatical(term)).ToList();
        if (content.Count is < MinContentWords or > MaxContentWords)
        {
            return readings;
        }

        for (var left = 0; left < content.Count; left++)
        {
            readings.Add([.. content.Where((_, i) => i != left)]);
        }

        return readings;
    }
}
