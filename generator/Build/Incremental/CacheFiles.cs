using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Where the build cache of one output folder lives: <c>.gecc-cache/&lt;name&gt;/</c> beside the output (so
/// <c>_site/</c> has <c>.gecc-cache/_site/</c>), never inside it, so it is never published.
/// </summary>
public sealed record CacheFiles(string Folder)
{
    public static CacheFiles For(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return new CacheFiles(Path.Combine(Path.GetDirectoryName(output)!, ".gecc-cache", Path.GetFileName(output)));
    }

    /// <summary>Whether an earlier build left a cache here (the next build is a rebuild).</summary>
    public bool Exists => File.Exists(Sources);

    /// <summary>Hash and length of every output file.</summary>
    public string Manifest => Path.Combine(Folder, "outputs.tsv");

    /// <summary>Parsed front matter of the circulars, see <see cref="Content.Caching.SourceCache"/>.</summary>
    public string Sources => Path.Combine(Folder, "sources.bin");

    /// <summary>Present while the output is being updated in place; see <see cref="SiteWriter"/>.</summary>
    public string WriteJournal => Path.Combine(Folder, "writing");

    /// <summary>The fingerprint of the content and settings the last successful build read.</summary>
    public string Inputs => Path.Combine(Folder, "inputs.txt");

    /// <summary>The index generation the last build published and its documents' keys, see <see cref="Indexing.IndexManifest"/>.</summary>
    public string IndexDocuments => Path.Combine(Folder, "index-documents.tsv");

    public string? Read(string file) => File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8) : null;

    /// <summary>Writes a temp file and renames it over the old one, so a crash never leaves half a cache file.</summary>
    public static void WriteAtomically(string file, string text) => WriteAtomically(file, writer => writer.Write(text));

    /// <summary>The same, the text written through <paramref name="write"/> (a manifest of many lines, no string made of them all).</summary>
    public static void WriteAtomically(string file, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            write(writer);
        }

        File.Move(temp, file, overwrite: true);
    }

    public void Delete(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
