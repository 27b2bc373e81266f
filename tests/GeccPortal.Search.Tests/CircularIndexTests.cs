using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Publishing: generations, the CURRENT pointer, cleanup, and opening what is published.</summary>
public sealed class CircularIndexTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gecc-index-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Nothing_is_current_before_the_first_write()
    {
        Assert.Null(CircularIndex.ResolveCurrent(_directory));
        Directory.CreateDirectory(_directory);
        Assert.Null(CircularIndex.ResolveCurrent(_directory));
    }

    [Fact]
    public void Each_write_publishes_a_new_generation_and_keeps_only_the_previous_one()
    {
        CircularIndex.Write(_directory, [Circulars.HealthVaccine]);
        var first = CircularIndex.ResolveCurrent(_directory);
        CircularIndex.Write(_directory, [Circulars.HealthVaccine, Circulars.EducationBudget]);
        var second = CircularIndex.ResolveCurrent(_directory);
        CircularIndex.Write(_directory, Circulars.All);
        var third = CircularIndex.ResolveCurrent(_directory);

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
        Assert.NotEqual(second, third);
        Assert.Equal([Path.GetFileName(second), Path.GetFileName(third)],
            Directory.GetDirectories(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Path.GetFileName(third) + "\n", File.ReadAllText(Path.Combine(_directory, CircularIndex.PointerFileName)));
        Assert.DoesNotContain(Directory.GetFiles(_directory), file => file.EndsWith(".tmp", StringComparison.Ordinal));

        using var searcher = CircularSearcher.Open(third!);
        Assert.Equal(Circulars.All.Count, searcher.Count);
    }

    [Fact]
    public void A_previous_generation_stays_readable_while_a_new_one_is_published()
    {
        CircularIndex.Write(_directory, [Circulars.HealthVaccine]);
        using var old = CircularSearcher.Open(CircularIndex.ResolveCurrent(_directory)!);
        CircularIndex.Write(_directory, Circulars.All);
        Assert.Equal(1, old.Search(new SearchRequest { Query = "วัคซีน" }).Total);
    }

    [Theory]
    [InlineData("../elsewhere")]
    [InlineData("gen-../../etc")]
    [InlineData("not-a-generation")]
    [InlineData("gen-missing")]
    public void A_pointer_to_anything_but_an_existing_generation_resolves_to_nothing(string pointer)
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, CircularIndex.PointerFileName), pointer);
        Assert.Null(CircularIndex.ResolveCurrent(_directory));
    }

    [Fact]
    public void Opening_a_folder_without_an_index_says_which_folder()
    {
        Directory.CreateDirectory(_directory);
        var error = Assert.Throws<InvalidDataException>(() => CircularSearcher.Open(_directory));
        Assert.Contains(_directory, error.Message);
    }

    [Fact]
    public void An_empty_corpus_gives_an_empty_searchable_index()
    {
        CircularIndex.Write(_directory, []);
        using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_directory)!);
        Assert.Equal(0, searcher.Search(new SearchRequest()).Total);
        Assert.Empty(searcher.Suggest("ก"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
