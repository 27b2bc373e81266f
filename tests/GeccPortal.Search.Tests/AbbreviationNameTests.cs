using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A name written right after a dotted rank or title (จ.ส.อ.สมชาย, ร.ต.ท.สมศักดิ์, ดร.สมใจ) is a word of its own,
/// and the abbreviation alone is still found.
/// </summary>
public sealed class AbbreviationNameTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๑๑", new DateOnly(2025, 2, 10), "แต่งตั้งผู้ประสานงาน",
            "ให้ จ.ส.อ.สมชาย ใจดี และ ร.ต.ท.สมศักดิ์ มั่นคง เป็นผู้ประสานงานประจำอำเภอ",
            d => d with { Type = "order" }),
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๑๒", new DateOnly(2025, 2, 11), "รายชื่อผู้เข้าประชุม",
            "ผู้เข้าประชุม นายสมชาย รักษ์ไทย นางสาวสมศรี ใจดี และนายสมศักดิ์ ทองมา", d => d with { Type = "order" }),
        Circulars.Make("ที่ ศธ ๐๕๑๒/ว ๗", new DateOnly(2025, 3, 3), "วิทยากร",
            "เชิญ ผศ.ดร.สมใจ ศรีสุข เป็นวิทยากร ณ ร.ร.บ้านนาแก ตามมติ ก.พ. และ ส.ส. ในปี พ.ศ.๒๕๖๘",
            d => d with { Type = "external" }),
        Circulars.Make("ที่ ศธ ๐๕๑๒/ว ๘", new DateOnly(2025, 3, 4), "ประกาศ", "ให้ จ.ส.อ. สมชาย ใจดี มารายงานตัว"),
    ]);

    [Fact]
    public void The_name_after_a_rank_ranks_the_letter_naming_that_person_first()
    {
        // ว 12 has the same words apart; the other two name the person.
        Assert.Equal("นพ0017.3/ว12", _index.Refs("สมชาย ใจดี")[^1]);
    }

    [Theory]
    [InlineData("สมชาย")]
    [InlineData("สมศักดิ์")]
    public void A_name_after_a_dotted_rank_is_found(string name)
    {
        Assert.Contains("นพ0017.3/ว11", _index.Refs(name));
    }

    [Theory]
    [InlineData("สมใจ")]
    [InlineData("บ้านนาแก")]
    public void A_word_after_a_dotted_title_or_abbreviation_is_found(string word)
    {
        Assert.Equal(["ศธ0512/ว7"], _index.Refs(word));
    }

    [Theory]
    [InlineData("จ.ส.อ.", new[] { "นพ0017.3/ว11", "ศธ0512/ว8" })]
    [InlineData("ร.ต.ท.", new[] { "นพ0017.3/ว11" })]
    [InlineData("ผศ.ดร.", new[] { "ศธ0512/ว7" })]
    [InlineData("ก.พ.", new[] { "ศธ0512/ว7" })]
    [InlineData("ส.ส.", new[] { "ศธ0512/ว7" })]
    [InlineData("พ.ศ.", new[] { "ศธ0512/ว7" })]
    [InlineData("ร.ร.", new[] { "ศธ0512/ว7" })]
    public void The_abbreviation_alone_is_still_found(string query, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), _index.Refs(query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rank_and_name_typed_together_find_them_written_together_or_apart()
    {
        Assert.Equal(["นพ0017.3/ว11", "ศธ0512/ว8"], _index.Refs("จ.ส.อ.สมชาย").Order(StringComparer.Ordinal));
        Assert.Equal(["นพ0017.3/ว11", "ศธ0512/ว8"], _index.Refs("จ.ส.อ. สมชาย").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_name_is_highlighted_without_the_rank()
    {
        var hit = _index.Search("สมใจ").Hits.Single();
        Assert.Contains("<mark>สมใจ</mark>", hit.Snippet);
    }

    public void Dispose() => _index.Dispose();
}
