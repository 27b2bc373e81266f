namespace GeccPortal.Extraction.Tests;

public class CacheTests
{
    [Fact]
    public void A_rebuild_reads_only_changed_files()
    {
        using var scratch = TestFiles.Scratch();
        var cache = new ExtractionCache(scratch.File("cache"));
        var paths = new[] { scratch.Copy("letter.pdf", "a.pdf"), scratch.Copy("budget.xlsx", "b.xlsx"), scratch.Copy("tis620.txt", "c.txt") };

        var first = AttachmentExtractor.ExtractAll(paths, TestFiles.Options, cache);
        Assert.All(first, r => Assert.False(r.FromCache));

        File.WriteAllText(paths[2], "ข้อความใหม่ของหนังสือเวียน");
        var second = AttachmentExtractor.ExtractAll(paths, TestFiles.Options, cache);

        Assert.Equal([true, true, false], second.Select(r => r.FromCache));
        Assert.Equal(first[0].Text, second[0].Text);
        Assert.Equal(first[1].Blocks, second[1].Blocks, new BlockComparer());
        Assert.Equal("ข้อความใหม่ของหนังสือเวียน", second[2].Text);
    }

    [Fact]
    public void A_renamed_file_is_a_hit_under_its_new_name()
    {
        using var scratch = TestFiles.Scratch();
        var cache = new ExtractionCache(scratch.File("cache"));
        AttachmentExtractor.Extract(scratch.Copy("docx-named.pdf", "old.pdf"), TestFiles.Options, cache);

        var renamed = AttachmentExtractor.Extract(scratch.Copy("docx-named.pdf", "new.pdf"), TestFiles.Options, cache);

        Assert.True(renamed.FromCache);
        Assert.Equal("new.pdf", renamed.FileName);
        Assert.Equal("new.pdf", Assert.Single(renamed.Warnings).FileName);
        Assert.Equal(FileKind.Docx, renamed.Kind);
    }

    [Fact]
    public void Options_that_change_the_output_are_part_of_the_key()
    {
        using var scratch = TestFiles.Scratch();
        var cache = new ExtractionCache(scratch.File("cache"));
        var path = TestFiles.Path("letter.docx");
        AttachmentExtractor.Extract(path, TestFiles.Options, cache);

        Assert.NotEqual(ExtractionCache.Key(path, TestFiles.Options), ExtractionCache.Key(path, TestFiles.Options with { MaxTextChars = 10 }));
        Assert.Equal(ExtractionCache.Key(path, TestFiles.Options), ExtractionCache.Key(path, TestFiles.Options with { TimeLimit = TimeSpan.FromMinutes(1) }));
        Assert.False(AttachmentExtractor.Extract(path, TestFiles.Options with { MaxTextChars = 10 }, cache).FromCache);
    }

    [Fact]
    public void A_damaged_cache_entry_is_a_miss()
    {
        using var scratch = TestFiles.Scratch();
        var folder = scratch.File("cache");
        var cache = new ExtractionCache(folder);
        var path = TestFiles.Path("tis620.txt");
        AttachmentExtractor.Extract(path, TestFiles.Options, cache);
        foreach (var entry in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(entry, "{ not json");
        }

        var result = AttachmentExtractor.Extract(path, TestFiles.Options, cache);

        Assert.False(result.FromCache);
        Assert.Contains("หนังสือเวียน", result.Text);
    }

    /// <summary>Records holding lists compare by reference; compare blocks by their content.</summary>
    private sealed class BlockComparer : IEqualityComparer<DocumentBlock>
    {
        public bool Equals(DocumentBlock? x, DocumentBlock? y) => (x, y) switch
        {
            (TableBlock a, TableBlock b) => a.HasHeaderRow == b.HasHeaderRow
                && a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(r => r.First.SequenceEqual(r.Second)),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(DocumentBlock obj) => obj.GetType().GetHashCode();
    }
}
