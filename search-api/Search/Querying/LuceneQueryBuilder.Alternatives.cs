using GeccPortal.Search.Indexing;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A query word found written another way (<see cref="QueryWord.Alternatives"/>), or split in two (<see cref="QueryWord.Splits"/>):
/// the word as typed scores highest, then its other spellings, then its halves the other way round near each
/// other, then its halves anywhere in the letter or, for a noun made with การ or ความ, its stem.
/// </summary>
public static partial class LuceneQueryBuilder
{
    // Below the word as typed: a letter that writes the query's own spelling is the better match.
    private const float AlternativeBoost = 0.8f;

    // Below the halves in the order typed (NearbyWordsBoost): the other order may say something else.
    private const float SwappedBoost = 0.25f;

    // A constant far below any match of the words together: only ranks letters that hold both halves apart.
    private const float ScatteredScore = 0.1f;

    /// <summary>The word as typed, its splits, and each other spelling with its splits, scoring lower.</summary>
    private static Query WordAnyWay(QueryWord word, bool withSplits)
    {
        if (word.Alternatives.Count == 0 && (!word.HasSplits || !withSplits))
        {
            return Word(word);
        }

        var anyWay = SpellingAndSplits(word, Word(word), withSplits);
        foreach (var alternative in word.Alternatives)
        {
            var other = SpellingAndSplits(alternative, OtherSpelling(alternative, nearby: withSplits), withSplits);
            other.Boost = AlternativeBoost;
            anyWay.Add(other, Occur.SHOULD);
        }

        return anyWay;
    }

    /// <summary>
    /// Another spelling found as its dictionary words in a row or its run of bigrams, in the field holding every
    /// text only: each field, and the span query of words a few apart, adds work to every search with a word that
    /// has another spelling, and a letter writing the spelling typed in its title already ranks higher.
    /// </summary>
    /// <remarks>
    /// With <paramref name="nearby"/> (the costlier try), a spelling of several words is also found as they stand a few
    /// words apart, as the word typed is (<c>ลาเลี้ยงลูก</c>, read ลาเลี้ยงบุตร, in <c>ลากิจส่วนตัวเพื่อเลี้ยงดูบุตร</c>): one span query
    /// a spelling, scoring as the word typed found so.
    /// </remarks>
    private static BooleanQuery OtherSpelling(QueryWord word, bool nearby = false)
    {
        var all = TextFieldGroup.All;
        var people = TextFieldGroup.People;
        var query = new BooleanQuery(disableCoord: true)
        {
            { Phrase(all.WordField, word.Words, all.Boost * WordBoost), Occur.SHOULD },
            // An office written out where its letters name who signed or issued them (สพฐ. for the issuer สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน).
            { Phrase(people.WordField, word.Words, people.Boost * WordBoost), Occur.SHOULD },
        };
        if (word.Grams.Count > 0)
        {
            query.Add(GramPhrase(all.GramField, word.Grams, all.Boost), Occur.SHOULD);
        }

        foreach (var cut in GluedAbbreviations.Cuts(word))
        {
            query.Add(Phrase(all.WordField, cut, all.Boost * WordBoost * GluedAbbreviationBoost), Occur.SHOULD);
        }

        if (nearby && NearbyWords.AppliesTo(word))
        {
            query.Add(Nearby(all.WordField, word.Words, all.Boost * NearbyWordsBoost), Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery SpellingAndSplits(QueryWord word, Query spelling, bool withSplits)
    {
        var query = new BooleanQuery(disableCoord: true) { { spelling, Occur.SHOULD } };
        if (!withSplits)
        {
            return query;
        }

        foreach (var split in word.Splits)
        {
            query.Add(Swapped(split), Occur.SHOULD);
        }

        if (word.Splits.Any(split => split.Scatters))
        {
            query.Add(Scattered(word.Splits.Where(split => split.Scatters)), Occur.SHOULD);
        }

        if (word.Stem is { } stem)
        {
            query.Add(new ConstantScoreQuery(Stem(stem)) { Boost = ScatteredScore }, Occur.SHOULD);
        }

        if (word.AllButOne.Count > 0)
        {
            query.Add(new ConstantScoreQuery(AllButOne(word.AllButOne)) { Boost = ScatteredScore }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The second half, then the first, with one to <see cref="NearbyWords.Slop"/> words between: <c>คณะรัฐมนตรี (ครม.)
    /// ได้มีมติ</c> for <c>มติคณะรัฐมนตรี</c>. Not right after each other, where they make another word (งบประมาณ is not ประมาณงบ).
    /// </summary>
    private static SpanNotQuery Swapped(WordSplit split)
    {
        var field = TextFieldGroup.All.WordField;
        SpanQuery[] reversed = [SpanPhrase(field, split.Second.Words), SpanPhrase(field, split.First.Words)];
        return new SpanNotQuery(new SpanNearQuery(reversed, NearbyWords.Slop, inOrder: true), new SpanNearQuery(reversed, 0, inOrder: true))
        {
            Boost = TextFieldGroup.All.Boost * SwappedBoost,
        };
    }

    private static SpanQuery SpanPhrase(string field, IReadOnlyList<string> words) => words.Count == 1
        ? new SpanTermQuery(new Term(field, words[0]))
        : new SpanNearQuery([.. words.Select(word => new SpanTermQuery(new Term(field, word)))], 0, inOrder: true);

    /// <summary>Both halves of one of the splits, each as a phrase, anywhere in the letter: a topic and a place typed together.</summary>
    private static ConstantScoreQuery Scattered(IEnumerable<WordSplit> splits)
    {
        var anySplit = new BooleanQuery(disableCoord: true);
        foreach (var split in splits)
        {
            anySplit.Add(new BooleanQuery(disableCoord: true) { { Half(split.First), Occur.MUST }, { Half(split.Second), Occur.MUST } }, Occur.SHOULD);
        }

        return new ConstantScoreQuery(anySplit) { Boost = ScatteredScore };
    }

    /// <summary>A long name's readings with a word left out, each its words in order a few apart (<see cref="LongNames"/>).</summary>
    private static BooleanQuery AllButOne(IReadOnlyList<IReadOnlyList<string>> readings)
    {
        var field = TextFieldGroup.All.WordField;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var reading in readings)
        {
            any.Add(new SpanNearQuery([.. reading.Select(term => new SpanTermQuery(new Term(field, term)))], LongNames.Slop, inOrder: true), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>
    /// A noun's stem as its dictionary words (เผา in ห้ามเผา), or its run of bigrams when it has two units or more
    /// (however the text around it was segmented): a one-unit stem has no bigram of its own.
    /// </summary>
    private static Query Stem(QueryWord stem)
    {
        var all = TextFieldGroup.All;
        var query = new BooleanQuery(disableCoord: true) { { Phrase(all.WordField, stem.Words, 1f), Occur.SHOULD } };
        if (stem.Units.Count > 1 && stem.Grams.Count > 0)
        {
            query.Add(GramPhrase(all.GramField, stem.Grams, 1f), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// A half as its run of bigrams in the field holding every text, which finds its dictionary words in a row
    /// however the text around them was segmented (<c>สมุด.ดินสอ.ยางลบ</c> is one word to ICU); as its words when
    /// it has no bigrams (letters joined by dots) or is one unit (<c>ค่า</c>).
    /// </summary>
    private static Query Half(QueryWord half)
    {
        if (half.Alternatives.Count == 0)
        {
            return HalfAsTyped(half);
        }

        // The half written the table's other ways (เอ็กซ์เซล as Excel) counts as the half.
        var anyWay = new BooleanQuery(disableCoord: true) { { HalfAsTyped(half), Occur.SHOULD } };
        foreach (var alternative in half.Alternatives)
        {
            anyWay.Add(HalfAsTyped(alternative), Occur.SHOULD);
        }

        return anyWay;
    }

    // A half of one unit (ค่า) has no bigram of its own in the index, whose bigrams join it to the next unit: its word.
    private static Query HalfAsTyped(QueryWord half) => half.Grams.Count > 0 && (half.Units.Count != 1 || half.Words.Count == 0)
        ? GramPhrase(TextFieldGroup.All.GramField, half.Grams, 1f)
        : Phrase(TextFieldGroup.All.WordField, half.Words, 1f);
}
