using System.Security.Cryptography;
using System.Text.Json;

using GeccPortal.Search.Indexing;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>One hash over every search document, so the index is rewritten only when what it holds changes.</summary>
public static class IndexDocumentsHash
{
    public static string Of(IEnumerable<SearchDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(document));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
