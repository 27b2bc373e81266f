using System.Globalization;

using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ThaiExcerptTests
{
    private const string Text = "ด้วยจังหวัดนครพนมได้รับแจ้งจากกรมส่งเสริมการปกครองท้องถิ่นว่า กระทรวงมหาดไทย โดยสำนักงานปลัดสำนักนายกรัฐมนตรี ได้กำหนดเปิดรับสมัคร";

    [Fact]
    public void Short_text_is_returned_whole_with_whitespace_collapsed()
    {
        Assert.Equal("ข้อความ สั้น", ThaiExcerpt.Cut("ข้อความ\n  สั้น", 100));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(33)]
    [InlineData(50)]
    public void Cuts_at_a_word_boundary_never_inside_a_cluster(int max)
    {
        var excerpt = ThaiExcerpt.Cut(Text, max);
        Assert.EndsWith("…", excerpt);
        var body = excerpt[..^1];
        Assert.True(body.Length <= max);
        Assert.StartsWith(body, Text, StringComparison.Ordinal);
        // The next character must start a new cluster: not a vowel sign or tone mark.
        var next = Text[body.Length];
        Assert.NotEqual(UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(next));
        Assert.NotEqual('\u0E33', next);
        Assert.NotEqual('\u0E32', next);
    }

    /// <summary>
    /// Cut segments only up to the first space past the limit; the excerpt must be the one segmenting the whole
    /// text gives, for every limit over the seed letters' bodies.
    /// </summary>
    [Fact]
    public void Excerpts_equal_those_cut_from_the_whole_text_segmented()
    {
        var folder = Path.Combine(RepositoryFolder(), "content", "circulars");
        var bodies = Directory.GetFiles(folder, "*.md").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(bodies);
        foreach (var body in bodies)
        {
            foreach (var max in new[] { 40, 97, 160, 300, 555 })
            {
                Assert.Equal(CutFromWholeText(body, max), ThaiExcerpt.Cut(body, max));
            }
        }
    }

    private static string CutFromWholeText(string text, int maxChars)
    {
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        if (flat.Length <= maxChars)
        {
            return flat;
        }

        var breaker = ICU4N.Text.BreakIterator.GetWordInstance(new CultureInfo("th"));
        breaker.SetText(flat);
        var end = breaker.Preceding(maxChars + 1);
        if (end <= 0)
        {
            end = ThaiExcerpt.ClusterBoundaryAtOrBefore(flat, maxChars);
        }

        return flat[..end].TrimEnd() + "…";
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GeccPortal.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("GeccPortal.sln not found");
    }
}
