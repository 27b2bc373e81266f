using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An abbreviation written glued to the Thai words around it with no dot (<c>แกนนำอสมเชี่ยวชาญ</c>, probe 8: the dictionary
/// reads it as อ + สม, so อสม typed alone found nothing), found as its pieces side by side, still never inside another word
/// (<c>หรือสมควร</c>), and also when its full form is typed.
/// </summary>
public sealed class GluedAbbreviationTests : IDisposable
{
    private const string Volunteers = "สธ0915.02/ว332";
    private const string Complaint = "มท0810.3/ว777";

    private readonly TempIndex _index = new([
        ProbeEightLetters.VolunteerMemo,
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๗๗", new DateOnly(2025, 6, 3), "การพิจารณาเรื่องร้องเรียน",
            "ให้ดำเนินการตามที่เห็นสมควร หรือสมควรแจ้งผู้ร้องเรียนทราบ และรายงานต่อสมาชิกสภาท้องถิ่น"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("อสม")]
    [InlineData("อสม.")]
    [InlineData("แกนนำ อสม")]
    [InlineData("ประธาน อสม.")]
    [InlineData("อาสาสมัครสาธารณสุข")]
    public void An_abbreviation_glued_to_thai_words_is_found(string typed)
    {
        Assert.Equal([Volunteers], _index.ExactRefs(typed));
    }

    [Fact]
    public void The_glued_abbreviation_is_marked_in_the_snippet()
    {
        var hit = _index.Search("อสม").Hits[0];
        Assert.Contains("body", hit.Matches);
        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_pieces_are_not_found_inside_other_words()
    {
        Assert.DoesNotContain(Complaint, _index.Refs("อสม"));
    }

    [Fact]
    public void Only_an_abbreviation_of_the_table_is_cut()
    {
        var word = new Querying.QueryWord("หรือ", ["หรือ"], [], []) { IsAbbreviation = false };
        Assert.Empty(Querying.GluedAbbreviations.Cuts(word));
        Assert.Equal(2, Querying.GluedAbbreviations.Cuts(word with { Text = "อสม", Words = ["อสม"], IsAbbreviation = true }).Count);
    }
}
