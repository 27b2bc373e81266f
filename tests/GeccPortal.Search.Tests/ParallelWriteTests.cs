using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The parallel write (word analysis on one thread, replayed to writers on others) indexes exactly what one
/// thread adding every document does, and equal hits come out in an order that does not depend on it.
/// </summary>
public sealed class ParallelWriteTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gecc-parallel-tests-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Queries =
    [
        "วัคซีน", "งบประมาณ สถานศึกษา", "ผู้ประสบภัย", "ว 76", "มท 0808.2/ว 76", "1,250", "จัดซื้อจัดจ้าง", "ภัยแล้ง",
        "ธนากรวิวัฒน์", "หนองบัว", "e-GP", "การ", "ป้องกัน", "\"ความช่วยเหลือ\"",
    ];

    [Fact]
    public void The_parallel_write_gives_the_hits_and_scores_of_a_single_threaded_one()
    {
        var corpus = Variants(120).ToList();
        CircularIndex.Write(Path.Combine(_directory, "parallel"), corpus);
        var sequential = Path.Combine(_directory, "sequential");
        WriteOnOneThread(sequential, corpus);

        using var parallel = CircularSearcher.Open(CircularIndex.ResolveCurrent(Path.Combine(_directory, "parallel"))!);
        using var reference = CircularSearcher.Open(sequential);
        Assert.Equal(corpus.Count, parallel.Count);
        foreach (var query in Queries)
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
            {
                var request = new SearchRequest { Query = query, Size = 200, Sort = sort };
                var expected = reference.Search(request);
                var actual = parallel.Search(request);
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Hits.Select(hit => (hit.Url, hit.Score, hit.Snippet)), actual.Hits.Select(hit => (hit.Url, hit.Score, hit.Snippet)));
                Assert.Equal(expected.Facets.Agency, actual.Facets.Agency);
            }
        }

        Assert.Equal(reference.Suggest("การ", 20), parallel.Suggest("การ", 20));
    }

    [Fact]
    public void The_parallel_write_indexes_every_field_term_for_term_position_for_position_like_a_single_threaded_one()
    {
        // Titles and people are in two field groups each, so their captured tokens are replayed into two fields.
        var corpus = Variants(60).ToList();
        Assert.Contains(corpus, document => DocumentBuilder.PeopleValues(document).Any());
        CircularIndex.Write(Path.Combine(_directory, "parallel"), corpus);
        var sequential = Path.Combine(_directory, "sequential");
        WriteOnOneThread(sequential, corpus);

        var expected = Postings(sequential);
        Assert.Contains(expected, line => line.StartsWith(TextFieldGroup.Title.WordField + "\t", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith(TextFieldGroup.People.GramField + "\t", StringComparison.Ordinal));
        Assert.Equal(expected, Postings(CircularIndex.ResolveCurrent(Path.Combine(_directory, "parallel"))!));
    }

    [Fact]
    public void Equal_hits_are_ordered_by_url_whatever_the_order_they_were_written_in()
    {
        // Same text, same day: the same score and date, so only the tie-break tells them apart.
        var twins = Enumerable.Range(0, 6).Select(i => Circulars.InteriorFlood with
        {
            Url = $"circulars/twin-{(char)('a' + (i * 5 % 6))}/",
        }).ToList();
        var expected = twins.Select(twin => twin.Url).Order(StringComparer.Ordinal).ToList();

        foreach (var order in new[] { twins, Enumerable.Reverse(twins).ToList() })
        {
            CircularIndex.Write(_directory, order);
            using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_directory)!);
            Assert.Equal(expected, searcher.Search(new SearchRequest { Query = "อุทกภัย", Size = 10 }).Hits.Select(hit => hit.Url));
            Assert.Equal(expected, searcher.Search(new SearchRequest { Query = "อุทกภัย", Size = 10, Sort = SearchSort.Date }).Hits.Select(hit => hit.Url));
            // Twins share a title, offered once: the URL kept is the first by the same tie-break.
            Assert.Equal([expected[0]], searcher.Suggest("การให้ความช่วยเหลือ", 4).Select(suggestion => suggestion.Url));
            Assert.Equal(expected[0], searcher.Lookup("มท 0808.2/ว 76")?.Url);
        }
    }

    [Fact]
    public void An_index_written_before_the_id_field_is_still_searched_and_sorted()
    {
        // The search API may meet an index the previous version wrote, before the generator writes a new one.
        var folder = Path.Combine(_directory, "old-schema");
        WriteOnOneThread(folder, Circulars.All, document => document.RemoveFields(IndexFields.Id));

        using var searcher = CircularSearcher.Open(folder);
        // Two letters numbered ว 76 and one citing one of them.
        Assert.Equal(3, searcher.Search(new SearchRequest { Query = "ว 76", Sort = SearchSort.Date }).Total);
        Assert.Equal(Circulars.InteriorFlood.Url, searcher.Lookup("มท 0808.2/ว 76")?.Url);
        Assert.NotEmpty(searcher.Suggest("การ"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>The test circulars again and again, with new URLs and mixed texts, so documents differ in length and terms.</summary>
    private static IEnumerable<SearchDocument> Variants(int count)
    {
        var all = Circulars.All;
        for (var i = 0; i < count; i++)
        {
            var a = all[i % all.Count];
            var b = all[(i * 7 + 3) % all.Count];
            yield return a with
            {
                Url = $"circulars/variant-{i}/",
                Date = a.Date.AddDays(i % 5),
                Body = i % 3 == 0 ? a.Body + " " + b.Body : a.Body,
                Title = i % 4 == 0 ? b.Title : a.Title,
            };
        }
    }

    /// <summary>Each term of each field, with every document (by URL) it is in and its positions and offsets there.</summary>
    private static List<string> Postings(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var urls = Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get(IndexFields.Url)).ToList();
        var lines = new List<string>();
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields.Order(StringComparer.Ordinal))
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var occurrences = new List<string>();
                if (terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS) is { } postings)
                {
                    while (postings.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                    {
                        var positions = Enumerable.Range(0, postings.Freq)
                            .Select(_ => $"{postings.NextPosition()}@{postings.StartOffset}-{postings.EndOffset}");
                        occurrences.Add(urls[postings.DocID] + " " + string.Join(",", positions));
                    }
                }
                else
                {
                    var docs = terms.Docs(null, null);
                    while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                    {
                        occurrences.Add(urls[docs.DocID] + " x" + docs.Freq);
                    }
                }

                occurrences.Sort(StringComparer.Ordinal);
                lines.Add($"{field}\t{terms.Term.Utf8ToString()}\t{terms.DocFreq}\t{string.Join(";", occurrences)}");
            }
        }

        return lines;
    }

    /// <summary>The plain way: one thread, the writer analyses everything, one segment.</summary>
    private static void WriteOnOneThread(string folder, IEnumerable<SearchDocument> documents,
        Action<Lucene.Net.Documents.Document>? change = null)
    {
        using var analyzer = SearchAnalyzers.ForIndex();
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        });
        foreach (var document in documents)
        {
            var built = DocumentBuilder.Build(document);
            change?.Invoke(built);
            writer.AddDocument(built);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }
}
