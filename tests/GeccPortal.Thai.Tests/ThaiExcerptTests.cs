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
}
