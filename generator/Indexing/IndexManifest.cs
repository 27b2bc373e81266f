using GeccPortal.Generator.Build.Incremental;

namespace GeccPortal.Generator.Indexing;

/// <summary>
/// Which index generation the last build published, and the key of each circular's search document in it
/// (<c>generation</c> on the first line, then <c>key TAB url</c> lines), so the next build updates only
/// the documents whose key changed.
/// </summary>
public sealed record IndexManifest(string Generation, IReadOnlyDictionary<string, string> Keys)
{
    public static IndexManifest? Load(string file)
    {
        string? generation = null;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = TabSeparatedFile.ReadLines(file, line =>
        {
            if (generation is null)
            {
                generation = TabSeparatedFile.Text(line);
                return;
            }

            // key TAB url; a url may hold a tab, so it is the rest of the line.
            if (TabSeparatedFile.NextField(ref line, out var key))
            {
                keys[TabSeparatedFile.Text(line)] = TabSeparatedFile.Text(key);
            }
        });
        return read && generation is { Length: > 0 } ? new IndexManifest(generation, keys) : null;
    }

    public void Save(string file) => CacheFiles.WriteAtomically(file, text =>
    {
        text.Write(Generation);
        text.Write('\n');
        foreach (var url in TabSeparatedFile.SortedKeys(Keys))
        {
            text.Write(Keys[url]);
            text.Write('\t');
            text.Write(url);
            text.Write('\n');
        }
    });
}
