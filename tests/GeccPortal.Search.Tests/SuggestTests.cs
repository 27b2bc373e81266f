using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Completions while typing: references from their first letters or digits, titles from any word.</summary>
public sealed class SuggestTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TempIndex _index = fixture.Index;

    [Theory]
    [InlineData("สธ 02")]
    [InlineData("สธ๐๒๒๘")]
    [InlineData("ที่ สธ ๐๒")]
    [InlineData("0228.0")]
    [InlineData("ว48")]
    [InlineData("ว ๔๘๔")]
    public void References_complete_from_their_start_in_either_digit_system(string typed)
    {
        var suggestion = _index.Searcher.Suggest(typed)[0];
        Assert.Equal("ref", suggestion.Kind);
        Assert.Equal("ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔", suggestion.Text);
        Assert.Equal(Circulars.HealthVaccine.Url, suggestion.Url);
    }

    [Fact]
    public void A_running_number_completes_to_every_circular_newest_first()
    {
        var refs = _index.Searcher.Suggest("ว 7").Where(s => s.Kind == "ref").Select(s => s.Text).ToList();
        Assert.Equal(["ที่ มท ๐๖๒๒/ว ๗๖", "ที่ มท ๐๘๐๘.๒/ว ๗๖"], refs);
    }

    [Fact]
    public void Titles_complete_from_their_start_and_from_a_word_inside()
    {
        Assert.Equal(["การเร่งรัดการฉีดวัคซีนป้องกันโรคโควิด ๑๙ เข็มกระตุ้น"],
            _index.Searcher.Suggest("การเร่ง").Select(s => s.Text));
        Assert.Contains(_index.Searcher.Suggest("วัคซีน"), s => s.Kind == "title" && s.Url == Circulars.HealthVaccine.Url);
    }

    [Theory]
    [InlineData("การประชุมหัวหน้าส่วนราชการกับผู้ว่าฯ")]
    [InlineData("ผู้ว่าฯ")]
    [InlineData("ผู้ว่า")]
    public void A_title_ending_in_paiyannoi_is_offered_when_typed_to_its_end(string typed)
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๑", new DateOnly(2024, 6, 3), "การประชุมหัวหน้าส่วนราชการกับผู้ว่าฯ", "เนื้อความ"),
        ]);

        Assert.Contains(index.Searcher.Suggest(typed), s => s.Kind == "title" && s.Text == "การประชุมหัวหน้าส่วนราชการกับผู้ว่าฯ");
    }

    [Fact]
    public void A_title_or_reference_shared_by_several_letters_is_offered_once_and_the_list_stays_full()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2023, 5, 2), "การส่งรายงานผลการดำเนินงาน", "ปีก่อน"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2024, 5, 2), "การส่งรายงานผลการดำเนินงาน", "ปีนี้"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๙", new DateOnly(2024, 5, 9), "การส่งรายงานผลการดำเนินงาน", "ส่งต่อ"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๘", new DateOnly(2024, 5, 3), "การส่งแบบสำรวจ", "อีกเรื่อง"),
        ]);

        Assert.Equal(["การส่งรายงานผลการดำเนินงาน", "การส่งแบบสำรวจ"], index.Searcher.Suggest("การส่ง", max: 2).Select(s => s.Text));
        var sevens = index.Searcher.Suggest("นร 0105/ว 7").Where(s => s.Kind == "ref").ToList();
        Assert.Equal("ที่ นร ๐๑๐๕/ว ๗", Assert.Single(sevens).Text);
    }

    [Fact]
    public void Suggestions_are_capped()
    {
        Assert.Single(_index.Searcher.Suggest("การ", max: 1));
        Assert.Empty(_index.Searcher.Suggest("การ", max: 0));
        Assert.Empty(_index.Searcher.Suggest("ฮฮฮฮ"));
    }
}
