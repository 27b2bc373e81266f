using System.Collections.Concurrent;

using ICU4N.Globalization;
using ICU4N.Text;

namespace GeccPortal.Thai;

/// <summary>ICU's word break iterator, which splits Thai by its dictionary, shared by the code that needs one.</summary>
internal static class ThaiWordBreaks
{
    // An iterator is costly to make (a clone of ICU's rules and dictionary), so used ones are kept for reuse.
    // A pool rather than one per thread: rendering hops between thread-pool threads.
    private static readonly ConcurrentBag<BreakIterator> Pool = [];

    // ICU picks its Thai dictionary by the script of the text, not by locale, so the root locale segments Thai
    // as "th" does (ThaiExcerptTests cuts with "th" to check). Making a "th" locale makes ICU4N first load
    // every culture's default calendar: 0.18 s of CPU in a trace of a three-circular rebuild.
    private static readonly UCultureInfo WordLocale = UCultureInfo.InvariantCulture;

    public static BreakIterator Rent() => Pool.TryTake(out var breaker) ? breaker : BreakIterator.GetWordInstance(WordLocale);

    public static void Return(BreakIterator breaker) => Pool.Add(breaker);

    /// <summary>The words of <paramref name="text"/>, as start and end offsets.</summary>
    public static List<(int Start, int End)> Words(string text)
    {
        var breaker = Rent();
        try
        {
            breaker.SetText(text);
            var words = new List<(int Start, int End)>();
            var start = breaker.First();
            for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
            {
                words.Add((start, end));
            }

            return words;
        }
        finally
        {
            Return(breaker);
        }
    }
}
