using GeccPortal.Search.Analysis;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>ICU4N's break iterators and one shared searcher, used from many threads at once.</summary>
public sealed class ConcurrencyTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static readonly string[] Texts =
    [
        "การขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้รับแจ้งจากกระทรวงมหาดไทย",
        "นายกองคํการบริหารส่วนจังหวัดนครพนม โทร. ๐ ๔๒๕๑ ๕๗๒๐",
        "การเร่งรัดการฉีดวัคซีนป้องกันโรคโควิด ๑๙ เข็มกระตุ้น MOPH Immunization Center",
    ];

    [Fact]
    public void Analysis_from_many_threads_gives_the_same_tokens_as_one_thread()
    {
        var words = new WordAnalyzer();
        var grams = new GramAnalyzer(joinThaiAcrossSpace: true);
        var expected = Texts.Select(text => (TokenAssert.Tokens(words, text), TokenAssert.Tokens(grams, text))).ToList();

        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var k = i % Texts.Length;
            if (!TokenAssert.Tokens(words, Texts[k]).SequenceEqual(expected[k].Item1)
                || !TokenAssert.Tokens(grams, Texts[k]).SequenceEqual(expected[k].Item2))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void One_searcher_serves_many_threads()
    {
        string[] queries = ["งบประมาณ", "ว 76", "มท 0808.2/ว 76", "วัคซีน ผู้สูงอายุ", "1,250", "อุทกภัย"];
        var expected = queries.Select(query => fixture.Index.Refs(query)).ToList();
        var failures = 0;
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var k = i % queries.Length;
            if (!fixture.Index.Refs(queries[k]).SequenceEqual(expected[k]))
            {
                Interlocked.Increment(ref failures);
            }

            fixture.Index.Searcher.Suggest("มท");
        });

        Assert.Equal(0, failures);
    }
}
