using System.Text;

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
        if (!File.Exists(file))
        {
            return null;
        }

        var lines = File.ReadAllLines(file, Encoding.UTF8);
        if (lines.Length == 0 || lines[0].Length == 0)
        {
            return null;
        }

        var keys = new Dictionary<string, string>(lines.Length, StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            if (line.Split('\t', 2) is [var key, var url])
            {
                keys[url] = key;
            }
        }

        return new IndexManifest(lines[0], keys);
    }

    public void Save(string file)
    {
        var text = new StringBuilder(Generation).Append('\n');
        foreach (var (url, key) in Keys.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('\t').Append(url).Append('\n');
        }

        CacheFiles.WriteAtomically(file, text.ToString());
    }
}
