using Lucene.Net.Index;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// Which version of <see cref="DocumentBuilder"/> and the analyzers wrote a generation, recorded in its commit.
/// An update adds documents next to the ones already written, so both must be built the same way; an
/// index from another version (or from before the <see cref="IndexFields.Id"/> field, which carries no
/// version) has to be written again in full.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Raise it whenever a change to the fields or the analysis makes old documents differ from new ones.</summary>
    public const string Version = "16";

    private const string Key = "gecc.schema";

    public static void Stamp(IndexWriter writer) =>
        writer.SetCommitData(new Dictionary<string, string> { [Key] = Version });

    public static bool Matches(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(Key, out var version) && version == Version;

    /// <summary>Null when the commit was written by this version; otherwise what is wrong and what to do, for an operator.</summary>
    public static string? Mismatch(IDictionary<string, string>? commitData)
    {
        if (Matches(commitData))
        {
            return null;
        }

        var written = commitData is not null && commitData.TryGetValue(Key, out var version)
            ? $"by another version of the generator (index schema {version}; this service reads {Version})"
            : $"before index schemas were recorded (this service reads schema {Version})";
        return $"the index was written {written}, so some queries may find less: build the site again with the generator of "
            + "this service's version, or run the service that matches the generator";
    }
}
