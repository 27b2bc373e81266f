using System.Security.Cryptography;

using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

using Lucene.Net.Index;

using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace GeccPortal.Search.Tests;

/// <summary><see cref="CircularIndex.Update"/>: changes applied to a published index, on disk, next to the old generation.</summary>
public sealed class IndexUpdateTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gecc-update-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary><see cref="Circulars.HealthVaccine"/> rewritten: an influenza campaign now, no longer urgent.</summary>
    private static readonly SearchDocument InfluenzaEdit = Circulars.HealthVaccine with
    {
        Title = "การรณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล",
        Body = "ขอให้สำนักงานสาธารณสุขจังหวัดรณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่แก่กลุ่มเสี่ยงก่อนฤดูฝน",
        Urgency = null,
    };

    private static readonly SearchDocument NewCircular = Circulars.Make(
        "ที่ กษ ๐๒๐๑/ว ๕๕", new DateOnly(2025, 6, 2),
        "มาตรการป้องกันการระบาดของศัตรูพืชในนาข้าว",
        "กรมส่งเสริมการเกษตรขอให้สำนักงานเกษตรจังหวัดเฝ้าระวังเพลี้ยกระโดดสีน้ำตาลในนาข้าว",
        d => d with { Urgency = "ด่วน" });

    [Fact]
    public void An_update_replaces_a_changed_circular_adds_a_new_one_and_removes_a_removed_one()
    {
        CircularIndex.Write(_directory, Circulars.All);
        CircularIndex.Update(_directory, [InfluenzaEdit, NewCircular], [Circulars.FinanceProcurement.Url]);

        using var searcher = OpenCurrent();
        Assert.Equal(Circulars.All.Count, searcher.Count); // one replaced, one added, one removed
        Assert.Equal(0, Total(searcher, "โควิด"));
        Assert.Equal([InfluenzaEdit.Url], Urls(searcher, "ไข้หวัดใหญ่"));
        Assert.Equal([NewCircular.Url], Urls(searcher, "เพลี้ยกระโดด"));
        Assert.Equal(0, Total(searcher, "จัดซื้อจัดจ้าง"));
        Assert.Equal([Circulars.EducationBudget.Url], Urls(searcher, "ธนากรวิวัฒน์"));
        Assert.Equal(Circulars.InteriorFlood.Url, searcher.Lookup("มท 0808.2/ว 76")?.Url);
    }

    [Fact]
    public void An_update_without_a_published_index_writes_the_upserts_as_the_index()
    {
        Assert.False(CircularIndex.CanUpdate(_directory));
        CircularIndex.Update(_directory, [NewCircular], ["circulars/never-there/"]);

        Assert.True(CircularIndex.CanUpdate(_directory));
        using var searcher = OpenCurrent();
        Assert.Equal(1, searcher.Count);
        Assert.Equal([NewCircular.Url], Urls(searcher, "เพลี้ยกระโดด"));
    }

    [Fact]
    public void The_previous_generation_stays_intact_and_readable_by_a_searcher_holding_it()
    {
        CircularIndex.Write(_directory, Circulars.All);
        using var old = OpenCurrent();

        CircularIndex.Update(_directory, [InfluenzaEdit], []);
        CircularIndex.Update(_directory, [NewCircular], [Circulars.InteriorDisaster.Url]);

        // The first update's generation is now the previous one; the written one is gone from the folder,
        // but its files live on for the searcher that has them open, unchanged.
        Assert.Equal(1, Total(old, "โควิด"));
        Assert.Equal(0, Total(old, "ไข้หวัดใหญ่"));
        Assert.Equal(Circulars.All.Count, old.Count);
        using var current = OpenCurrent();
        Assert.Equal(0, Total(current, "โควิด"));
        Assert.Equal(1, Total(current, "ไข้หวัดใหญ่"));
        Assert.Equal(2, Directory.GetDirectories(_directory).Length);
    }

    [Fact]
    public void An_update_changes_no_file_of_the_generation_it_starts_from()
    {
        CircularIndex.Write(_directory, Circulars.All);
        var oldGeneration = CircularIndex.ResolveCurrent(_directory)!;
        var before = Hashes(oldGeneration);

        CircularIndex.Update(_directory, [InfluenzaEdit, NewCircular], [Circulars.FinanceProcurement.Url]);

        Assert.NotEqual(oldGeneration, CircularIndex.ResolveCurrent(_directory));
        Assert.Equal(before, Hashes(oldGeneration));
        using var old = CircularSearcher.Open(oldGeneration);
        Assert.Equal(1, Total(old, "โควิด"));
    }

    [Fact]
    public void Facet_counts_and_suggestions_follow_the_update()
    {
        CircularIndex.Write(_directory, Circulars.All);
        using (var before = OpenCurrent())
        {
            Assert.Contains(new FacetValue("ด่วนที่สุด", 1), before.Search(new SearchRequest()).Facets.Urgency);
            Assert.Contains(before.Suggest("การเร่งรัด"), s => s.Url == Circulars.HealthVaccine.Url);
        }

        CircularIndex.Update(_directory, [InfluenzaEdit, NewCircular], [Circulars.FinanceProcurement.Url]);

        using var after = OpenCurrent();
        var facets = after.Search(new SearchRequest()).Facets;
        Assert.DoesNotContain(facets.Urgency, value => value.Value == "ด่วนที่สุด");
        Assert.Contains(new FacetValue("ด่วน", 1), facets.Urgency);
        Assert.Contains(new FacetValue("กษ", 1), facets.Agency);
        Assert.DoesNotContain(facets.Agency, value => value.Value == "กค");
        Assert.DoesNotContain(facets.Type, value => value.Value == "internal");
        Assert.DoesNotContain(after.Suggest("การเร่งรัด"), s => s.Url == Circulars.HealthVaccine.Url);
        Assert.Contains(after.Suggest("การรณรงค์"), s => s.Url == InfluenzaEdit.Url);
        Assert.Contains(after.Suggest("กษ 0201"), s => s.Url == NewCircular.Url);
    }

    [Fact]
    public void Many_updates_keep_one_document_per_url()
    {
        CircularIndex.Write(_directory, Circulars.All);
        for (var i = 0; i < 15; i++)
        {
            CircularIndex.Update(_directory, [InfluenzaEdit with { Body = InfluenzaEdit.Body + " รอบที่ " + i }], []);
        }

        using var searcher = OpenCurrent();
        Assert.Equal(Circulars.All.Count, searcher.Count);
        Assert.Equal([InfluenzaEdit.Url], Urls(searcher, "ไข้หวัดใหญ่"));
        Assert.Equal(2, Directory.GetDirectories(_directory).Length);
    }

    [Fact]
    public void A_fresh_index_is_of_this_schema()
    {
        CircularIndex.Write(_directory, Circulars.All);

        using var searcher = OpenCurrent();
        Assert.Null(searcher.SchemaMismatch);
    }

    [Fact]
    public void An_index_of_another_schema_version_cannot_be_updated()
    {
        CircularIndex.Write(_directory, Circulars.All);
        var generation = CircularIndex.ResolveCurrent(_directory)!;
        using (var directory = FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, SearchAnalyzers.ForIndex())))
        {
            writer.SetCommitData(new Dictionary<string, string>()); // as an index written before the schema was recorded
            writer.Commit();
        }

        Assert.False(CircularIndex.CanUpdate(_directory));
        using (var searcher = OpenCurrent())
        {
            Assert.Contains("before index schemas were recorded", searcher.SchemaMismatch);
        }

        Assert.Throws<InvalidOperationException>(() => CircularIndex.Update(_directory, [NewCircular], []));
        Assert.Equal(generation, CircularIndex.ResolveCurrent(_directory));
        Assert.Single(Directory.GetDirectories(_directory)); // the failed update left no half-written generation
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private CircularSearcher OpenCurrent() => CircularSearcher.Open(CircularIndex.ResolveCurrent(_directory)!);

    private static int Total(CircularSearcher searcher, string query) => searcher.Search(new SearchRequest { Query = query, Size = 50 }).Total;

    private static List<string> Urls(CircularSearcher searcher, string query) =>
        searcher.Search(new SearchRequest { Query = query, Size = 50 }).Hits.Select(hit => hit.Url).ToList();

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(file => Path.GetFileName(file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
}
