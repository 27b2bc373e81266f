using System.Diagnostics;

using GeccPortal.Search.Analysis;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.References;
using GeccPortal.Search.Suggesting;
using GeccPortal.Thai;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Searches one index generation, read-only. Thread-safe: one instance serves every request; dispose it
/// when no request uses it any more (after a newer generation has been opened).
/// </summary>
public sealed partial class CircularSearcher : IDisposable
{
    /// <summary>Distinct searches whose responses are kept (a few KB each).</summary>
    public const int CacheCapacity = 4096;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    /// <summary>Fewer letters than this holding the query's words as typed, and their halves apart are looked for too.</summary>
    public const int SplitsUnder = 20;

    private readonly IndexSearcher _searcher;
    private readonly Suggester _suggester;
    private readonly ResponseCache<SearchRequest, SearchResponse> _cache = new(CacheCapacity);

    // By the text as typed, so a lookup served from here parses nothing: in bench/api a repeated lookup costs
    // 0.05-0.07 ms of the API's CPU, a new one (parse, sorted term search, stored fields) 0.27-0.30 ms.
    private readonly ResponseCache<string, CircularSummary?> _lookups = new(CacheCapacity);
    private readonly ResponseCache<string, IReadOnlyList<RefSuggestion>> _didYouMean = new(CacheCapacity);
    private readonly RefSuggester _refSuggester;
    private readonly Lazy<DottedWords> _dottedWords;
    private readonly Lazy<SoundAlikes> _soundAlikes;

    private CircularSearcher(string path, Lucene.Net.Store.Directory directory, bool inMemory, DirectoryReader reader)
    {
        Path = path;
        InMemory = inMemory;
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = CircularIndex.Similarity };
        _suggester = new Suggester(_searcher);
        _refSuggester = new RefSuggester(_searcher);
        _dottedWords = new(() => DottedWords.Read(reader));
        _soundAlikes = new(() => SoundAlikes.Read(reader));
    }

    /// <summary>The generation folder this searcher reads.</summary>
    public string Path { get; }

    /// <summary>Whether the generation was copied into memory when opened (see <see cref="GenerationDirectory"/>).</summary>
    public bool InMemory { get; }

    /// <summary>How many circulars the generation holds.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>
    /// Null when this version of the service wrote the generation's analysis; otherwise why its answers may fall
    /// short. Such a generation is still served (better than none) and reported (<see cref="Indexing.IndexSchema"/>).
    /// </summary>
    public string? SchemaMismatch => Indexing.IndexSchema.Mismatch(_reader.IndexCommit.UserData);

    /// <summary>Opens a generation folder (see <see cref="CircularIndex.ResolveCurrent"/>).</summary>
    /// <param name="inMemoryMaxBytes">Up to this size the generation is copied into memory (<see cref="GenerationDirectory"/>).</param>
    /// <exception cref="InvalidDataException">The folder holds no readable index; the message says why.</exception>
    public static CircularSearcher Open(string generationDirectory, long inMemoryMaxBytes = GenerationDirectory.DefaultInMemoryMaxBytes)
    {
        Lucene.Net.Store.Directory? directory = null;
        try
        {
            (directory, var inMemory) = GenerationDirectory.Open(generationDirectory, inMemoryMaxBytes);
            return new CircularSearcher(new DirectoryInfo(generationDirectory).FullName, directory, inMemory, DirectoryReader.Open(directory));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or IndexNotFoundException or CorruptIndexException)
        {
            directory?.Dispose();
            throw new InvalidDataException($"{generationDirectory}: not a readable search index ({exception.Message})", exception);
        }
    }

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Size, 1);
        var clock = Stopwatch.StartNew();
        if (_cache.TryGet(request, out var cached))
        {
            return cached with { TookMs = clock.Elapsed.TotalMilliseconds };
        }

        var response = Execute(request);
        _cache.Add(request, response);
        return response with { TookMs = clock.Elapsed.TotalMilliseconds };
    }

    private SearchResponse Execute(SearchRequest request)
    {
        var plan = QueryPlan.Parse(request.Query);
        plan = plan.WithDottedWords(_dottedWords.Value);
        return WithDidYouMean(plan, Execute(plan, request));
    }

    /// <summary>Those of <paramref name="among"/> (ids of the whole index) that the query finds.</summary>
    private HashSet<int> DocsMatching(Query query, HashSet<int> among)
    {
        var docs = new HashSet<int>();
        _searcher.Search(new AcceptedDocs([new IndexDocs(among)]).Around(query), new DocIdCollector(docs));
        return docs;
    }

    private SearchResponse Execute(QueryPlan plan, Query query, SearchRequest request, bool approximate = false)
    {
        var wanted = (int)Math.Min((long)request.Page * request.Size, Math.Max(1, _reader.MaxDoc));
        var top = TopFieldCollector.Create(SortFor(request.Sort), wanted, fillFields: false, trackDocScores: true,
            trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCounter();
        var collector = MultiCollector.Wrap(top, facets);
        _searcher.Search(query, collector);

        var skip = (request.Page - 1) * (long)request.Size;
        var hits = new List<SearchHit>();
        if (skip < top.TotalHits)
        {
            foreach (var scoreDoc in top.GetTopDocs((int)skip, request.Size).ScoreDocs)
            {
                hits.Add(ToHit(StoredCircular.From(_searcher.Doc(scoreDoc.Doc)), plan, scoreDoc.Score, approximate));
            }
        }

        return new SearchResponse(request.Query, top.TotalHits, request.Page, request.Size, hits, facets.Result(), TookMs: 0);
    }

    /// <summary>
    /// A query that is a whole ref no letter has, or that quotes one among other words (<c>มท 0810.3/ว 67
    /// ศูนย์ราชการสะดวก</c>; the first such): the letters one edit from it, other than the hits shown.
    /// </summary>
    private SearchResponse WithDidYouMean(QueryPlan plan, SearchResponse response)
    {
        var typed = plan.WholeRef is { } whole
            ? HasLetter(whole) ? null : whole
            : plan.QuotedRefs.FirstOrDefault(quoted => !HasLetter(quoted));
        if (typed is null)
        {
            return response;
        }

        var shown = response.Hits.Select(hit => hit.Url).ToHashSet(StringComparer.Ordinal);
        return response with { DidYouMean = _refSuggester.Suggest(typed, shown).Suggestions };
    }

    /// <summary>
    /// The circular with this reference, in any spelling; the newest when numbers recur across years (see
    /// <see cref="CircularSummary.SameRefCount"/>). Also typed without its committee, or without its office dots,
    /// a leading zero or ว (<c>มท 0808.2/4410</c>, <c>ศธ 0400.9/ว 2104</c> for <c>ศธ 04009/ว 2104</c>): the same
    /// digits as search's whole-ref match reads them. Only a letter's own ref counts, never a ref it cites or
    /// another sub-unit's.
    /// </summary>
    public CircularSummary? Lookup(string reference)
    {
        reference ??= "";
        if (_lookups.TryGet(reference, out var cached))
        {
            return cached;
        }

        var found = Find(reference);
        _lookups.Add(reference, found);
        return found;
    }

    /// <summary>
    /// When <see cref="Lookup"/> finds no letter, the letters whose ref is one edit from the one typed (a digit
    /// wrong, left out, one too many, two swapped, or the agency code one letter off), best first, at most
    /// <see cref="RefSuggester.MaxSuggestions"/>; empty when a letter has the ref or the text is no ref. It costs a
    /// few hundred term seeks, so it is asked only after a miss, and kept as lookups are.
    /// </summary>
    public IReadOnlyList<RefSuggestion> DidYouMean(string reference)
    {
        reference ??= "";
        if (_didYouMean.TryGet(reference, out var cached))
        {
            return cached;
        }

        var suggestions = Lookup(reference) is null && CircularRef.TryParse(LoneSurrogates.Replace(reference), out var typed)
            ? _refSuggester.Suggest(typed).Suggestions
            : [];
        _didYouMean.Add(reference, suggestions);
        return suggestions;
    }

    private CircularSummary? Find(string reference)
    {
        if (!CircularRef.TryParse(LoneSurrogates.Replace(reference), out var parsed))
        {
            return null;
        }

        return NewestOf(new TermQuery(new Term(IndexFields.Ref, parsed.Normalized)))
            ?? (parsed.Committee is null ? FindWithCommittee(parsed) : null)
            ?? NewestOf(new TermQuery(new Term(IndexFields.RefKeys, RefKeys.Bare(parsed))));
    }

    /// <summary>Whether <see cref="Lookup"/> would find a letter with this ref, without reading the letter (a search for a ref asks every time).</summary>
    private bool HasLetter(CircularRef typed) =>
        _searcher.Search(new TermQuery(new Term(IndexFields.RefKeys, RefKeys.Bare(typed))), 1).TotalHits > 0
            || (typed.Committee is null && FindWithCommittee(typed) is not null);

    /// <summary>The newest circular the query finds, with how many it finds; null for none.</summary>
    private CircularSummary? NewestOf(Query query)
    {
        var top = _searcher.Search(query, 1, NewestFirst);
        return top.ScoreDocs.Length == 0
            ? null
            : StoredCircular.From(_searcher.Doc(top.ScoreDocs[0].Doc, StoredCircular.SummaryFields)).ToSummary() with { SameRefCount = top.TotalHits };
    }

    /// <summary>
    /// A ref typed without the committee its letter carries (<c>กค 0405.2/ว 119</c> for <c>กค (กวจ) 0405.2/ว 119</c>):
    /// people drop the bracket; every other part must be the same.
    /// </summary>
    private CircularSummary? FindWithCommittee(CircularRef typed)
    {
        var parts = new BooleanQuery();
        foreach (var key in new PartialRef(typed.Agency, null, typed.Office, typed.Number, typed.IsCircular).Keys())
        {
            parts.Add(new TermQuery(new Term(IndexFields.RefKeys, key)), Occur.MUST);
        }

        var same = _searcher.Search(parts, MaxCommitteeCandidates, NewestFirst).ScoreDocs
            .Select(hit => StoredCircular.From(_searcher.Doc(hit.Doc, StoredCircular.SummaryFields)))
            .Where(found => CircularRef.TryParse(found.NormalizedRef, out var own) && own.Committee is not null
                && own.Office == typed.Office && own.Number == typed.Number && own.IsCircular == typed.IsCircular)
            .ToList();
        return same.Count == 0 ? null : same[0].ToSummary() with { SameRefCount = same.Count };
    }

    // Letters sharing agency, office and number: a few years' worth, and deeper sub-units the check drops.
    private const int MaxCommitteeCandidates = 32;

    /// <summary>Completions for what the user has typed so far: references first, then titles.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8) => _suggester.Suggest(LoneSurrogates.Replace(prefix ?? ""), max);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static readonly SortField Newest = new(IndexFields.Date, SortFieldType.INT64, reverse: true);

    // The URL breaks the last ties: without it Lucene orders equal hits by document number, which depends on
    // how the index was written (several threads, updates), and equal hits could change places between writes.
    private static readonly SortField ByUrl = new(IndexFields.Id, SortFieldType.STRING);

    private static readonly Sort NewestFirst = new(Newest, ByUrl);

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Date => new Sort(Newest, SortField.FIELD_SCORE, ByUrl),
        _ => new Sort(SortField.FIELD_SCORE, Newest, ByUrl),
    };

    private static SearchHit ToHit(StoredCircular circular, QueryPlan plan, float score, bool approximate)
    {
        var (matches, snippet) = HitExplainer.Explain(circular, plan, approximate);
        return new SearchHit(circular.Ref, circular.Title, circular.Date, circular.Url, circular.Agency, circular.Type,
            circular.Urgency, snippet, matches, float.IsNaN(score) ? 0f : score);
    }
}
