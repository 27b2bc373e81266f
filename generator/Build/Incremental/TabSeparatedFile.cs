using System.Buffers;
using System.Globalization;
using System.Text;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Reads and writes the build cache's tab-separated UTF-8 files (the output manifest, the index manifest) line by
/// line, without a string per line, an array per split or the whole text as one string: a small rebuild reads and
/// writes both whole (some 14,000 and 10,000 lines for the bench corpus), and fresh memory is what it pays most for.
/// </summary>
internal static class TabSeparatedFile
{
    /// <summary>Given each line's bytes (without its line end).</summary>
    public delegate void LineReader(ReadOnlySpan<byte> line);

    /// <summary>Calls <paramref name="read"/> for each line of <paramref name="file"/>; false when it is missing.</summary>
    public static bool ReadLines(string file, LineReader read)
    {
        byte[] bytes;
        int length;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            length = checked((int)stream.Length);
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            stream.ReadExactly(bytes.AsSpan(0, length));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        try
        {
            var rest = bytes.AsSpan(0, length);
            while (rest.Length > 0)
            {
                var end = rest.IndexOf((byte)'\n');
                read(end < 0 ? rest : rest[..end]);
                rest = end < 0 ? [] : rest[(end + 1)..];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return true;
    }

    /// <summary>The field up to the next tab, taken off the front of <paramref name="line"/>; false when there is no tab.</summary>
    public static bool NextField(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> field)
    {
        var tab = line.IndexOf((byte)'\t');
        if (tab < 0)
        {
            field = default;
            return false;
        }

        field = line[..tab];
        line = line[(tab + 1)..];
        return true;
    }

    /// <summary>The text of a field (UTF-8).</summary>
    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);

    /// <summary>A number without a string made for it.</summary>
    public static void WriteNumber(TextWriter writer, long value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(digits[..written]);
    }

    /// <summary>The keys of <paramref name="entries"/> in ordinal order (an array sort, which needs no code made at run time).</summary>
    public static string[] SortedKeys<TValue>(IReadOnlyDictionary<string, TValue> entries)
    {
        var keys = new string[entries.Count];
        var i = 0;
        foreach (var key in entries.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }
}
