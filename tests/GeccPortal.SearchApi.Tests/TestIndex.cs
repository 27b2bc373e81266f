using GeccPortal.Search.Indexing;

namespace GeccPortal.SearchApi.Tests;

/// <summary>A real index folder in a temp directory, published with the same writer the generator uses.</summary>
internal sealed class TestIndex : IDisposable
{
    private TestIndex(string directory) => Directory = directory;

    /// <summary>The folder generations are published into (what <c>--index</c> names).</summary>
    public string Directory { get; }

    /// <summary>An index folder with nothing published yet.</summary>
    public static TestIndex Empty() =>
        new(System.IO.Directory.CreateTempSubdirectory("gecc-api-index-").FullName);

    public static TestIndex With(IEnumerable<SearchDocument> documents)
    {
        var index = Empty();
        index.Publish(documents);
        return index;
    }

    /// <summary>Builds a new generation and switches the pointer to it, as a site build does.</summary>
    public void Publish(IEnumerable<SearchDocument> documents) => CircularIndex.Write(Directory, documents);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A server that has not shut down yet may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
