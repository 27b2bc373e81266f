using System.Text;

namespace GeccPortal.Generator.Content;

/// <summary>Short content hashes (<see cref="StampHash"/>'s 128 bits, hex) that say whether a source changed since the last build.</summary>
public static class ContentStamp
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[StampHash.Size];
        StampHash.Hash(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The generator and the libraries that shape its output (Thai text, attachment text, the search index): a
    /// new build of any may render or index differently. Deterministic builds leave the generator's own
    /// assembly unchanged when only a library changed, so each is named here.
    /// </summary>
    public static string Generator { get; } = string.Join(",",
        new[]
        {
            typeof(ContentStamp), typeof(GeccPortal.Thai.ThaiDates), typeof(GeccPortal.Extraction.AttachmentExtractor),
            typeof(GeccPortal.Search.Indexing.CircularIndex),
        }
            .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
}
