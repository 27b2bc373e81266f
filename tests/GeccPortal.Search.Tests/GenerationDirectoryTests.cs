using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>A generation read into memory answers exactly as the same generation read from disk.</summary>
public sealed class GenerationDirectoryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gecc-generation-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _generation;

    public GenerationDirectoryTests()
    {
        CircularIndex.Write(_directory, Circulars.All);
        _generation = CircularIndex.ResolveCurrent(_directory)!;
    }

    [Fact]
    public void A_generation_within_the_limit_is_read_into_memory_and_a_larger_one_from_disk()
    {
        using var small = CircularSearcher.Open(_generation);
        using var limited = CircularSearcher.Open(_generation, inMemoryMaxBytes: 1);
        using var never = CircularSearcher.Open(_generation, inMemoryMaxBytes: 0);

        Assert.True(small.InMemory);
        Assert.False(limited.InMemory);
        Assert.False(never.InMemory);
        Assert.Equal(new DirectoryInfo(_generation).FullName, small.Path);
        Assert.Equal(small.Path, never.Path);
    }

    [Theory]
    [InlineData("งบประมาณ")]
    [InlineData("วัคซีน ผู้สูงอายุ")]
    [InlineData("ว ๑๑๙")]
    [InlineData("น้ำท่วม")]
    public void Searches_answer_the_same_from_memory_and_from_disk(string query)
    {
        using var inMemory = CircularSearcher.Open(_generation);
        using var onDisk = CircularSearcher.Open(_generation, inMemoryMaxBytes: 0);
        var request = new SearchRequest { Query = query, Size = 50 };

        var fromMemory = inMemory.Search(request);
        var fromDisk = onDisk.Search(request);

        Assert.NotEmpty(fromDisk.Hits);
        Assert.Equal(fromDisk.Total, fromMemory.Total);
        Assert.Equal(fromDisk.Hits.Select(Describe), fromMemory.Hits.Select(Describe));
    }

    [Fact]
    public void Lookups_and_suggestions_answer_the_same_from_memory_and_from_disk()
    {
        using var inMemory = CircularSearcher.Open(_generation);
        using var onDisk = CircularSearcher.Open(_generation, inMemoryMaxBytes: 0);

        Assert.Equal(onDisk.Lookup("สธ 0228.07.2/ว484")?.Url, inMemory.Lookup("สธ 0228.07.2/ว484")?.Url);
        Assert.NotNull(inMemory.Lookup("สธ 0228.07.2/ว484"));
        Assert.Equal(onDisk.Suggest("การ").Select(s => s.Text), inMemory.Suggest("การ").Select(s => s.Text));
        Assert.NotEmpty(inMemory.Suggest("การ"));
    }

    [Fact]
    public void A_folder_that_holds_no_index_is_refused_with_its_name()
    {
        var empty = Path.Combine(_directory, "empty");
        Directory.CreateDirectory(empty);

        var error = Assert.Throws<InvalidDataException>(() => CircularSearcher.Open(empty));
        Assert.Contains(empty, error.Message);
        Assert.Throws<InvalidDataException>(() => CircularSearcher.Open(Path.Combine(_directory, "missing")));
    }

    private static string Describe(SearchHit hit) =>
        $"{hit.Ref}|{hit.Url}|{hit.Score}|{hit.Snippet}|{string.Join(',', hit.Matches)}";

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
