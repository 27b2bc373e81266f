using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Years as search probe 9's queries typed them: <c>ค่าธรรมเนียม ปี 68</c> and <c>นาปรัง ปี 68</c> found nothing (ปี and a
/// two-digit 68 are words no letter writes), and a year pair typed short (<c>ฤดูแล้ง 2567/68</c>) missed the letter
/// printing <c>๒๕๖๗/๒๕๖๘</c>.
/// </summary>
public sealed class YearTypingTests : IDisposable
{
    private const string Land = "มท0515.1/ว1874";
    private const string Water = "กษ0303/ว215";
    private const string School = "ศธ04010/ว9";

    private readonly TempIndex _index = new([
        .. ProbeNineLetters.All,
        Circulars.Make("ที่ ศธ ๐๔๐๑๐/ว ๙", new DateOnly(2024, 5, 2), "ปฏิทินการศึกษา ปีการศึกษา ๒๕๖๗/๖๘",
            "ขอแจ้งปฏิทินการศึกษาของโรงเรียนในสังกัด ปีการศึกษา ๒๕๖๗/๖๘ ภาคเรียนที่ ๑ เปิดวันที่ ๑๖ พฤษภาคม"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ค่าธรรมเนียม ปี 68", Land)]
    [InlineData("ค่าธรรมเนียม ปี พ.ศ. 2568", Land)]
    [InlineData("ค่าธรรมเนียม พ.ศ. 68", Land)]
    [InlineData("นาปรัง ปี ๖๘", Water)]
    public void A_year_typed_after_pi_finds_the_letters_writing_it(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }

    [Theory]
    [InlineData("ฤดูแล้ง 2567/68", Water)]
    [InlineData("ฤดูแล้ง ๒๕๖๗/๖๘", Water)]
    [InlineData("ปฏิทินการศึกษา 2567/2568", School)]
    [InlineData("ปฏิทินการศึกษา 2567/68", School)]
    public void A_year_pair_finds_the_letter_writing_it_either_way(string query, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("ประจำปี 2568")] // a word ending in ปี is kept
    [InlineData("ปีงบ 68")] // a fiscal year, read as one
    [InlineData("ปี 3")] // no year
    [InlineData("ปี 10")] // a count more likely than 2510
    [InlineData("ปี 2567/68")] // a pair
    [InlineData("ภายใน 1 ปี 45 วัน")] // a count of days after a year's count
    [InlineData("ปี ６８")] // full-width digits: no year, and no exception
    [InlineData("ปี ٦٨")] // Arabic-Indic digits
    public void Other_text_is_left_as_typed(string query)
    {
        Assert.Equal(query, YearTyping.Rewrite(query));
    }

    [Fact]
    public void A_year_typed_with_words_finds_a_letter_of_that_year_whose_text_never_writes_it()
    {
        // The lumpy skin letter is dated 18 June 2568; its title and body write no year.
        Assert.Equal(["กษ0609/ว987"], _index.ExactRefs("โค กระบือ 2568"));
        Assert.Empty(_index.ExactRefs("โค กระบือ 2567"));
        Assert.DoesNotContain("กษ0609/ว987", _index.Refs("โค กระบือ 2568", request => request with { To = new DateOnly(2025, 1, 31) }));
    }

    [Theory]
    [InlineData("2568")] // nothing else to look for
    [InlineData("ค่าธรรมเนียม 2567 2568")] // two years
    [InlineData("ค่าธรรมเนียม 8 เมษายน 2568")] // a date reads it
    [InlineData("ค่าธรรมเนียม 1,2568")] // no year
    [InlineData("ค่าปรับ 5000")] // no B.E. year
    public void Only_one_year_among_words_is_read_as_the_letters_year(string query)
    {
        Assert.Null(YearTyping.LoneYear(query));
    }

    [Theory]
    [InlineData("ฤดูแล้ง 2567/٦٨", Water)]
    [InlineData("โค กระบือ २५६८", "กษ0609/ว987")]
    public void Years_in_other_scripts_digits_are_searched_without_failing(string query, string expected)
    {
        // \d matched them, and int.Parse then threw: the API answered 500. The analysis reads them as digits.
        Assert.Contains(expected, _index.Refs(query));
        Assert.NotEmpty(_index.Refs("ปี ６８"));
    }

    [Fact]
    public void A_pair_is_only_two_years_in_a_row()
    {
        Assert.Equal("2567/2568", YearTyping.OtherPairSpelling("2567/68"));
        Assert.Equal("2567/68", YearTyping.OtherPairSpelling("๒๕๖๗/๒๕๖๘"));
        Assert.Null(YearTyping.OtherPairSpelling("2567/70"));
        Assert.Null(YearTyping.OtherPairSpelling("10/2567"));
        Assert.Null(YearTyping.OtherPairSpelling("0810.3/2567"));
        Assert.Null(YearTyping.OtherPairSpelling("2567/٦٨"));
        Assert.Null(YearTyping.LoneYear("โค २५६८"));
    }
}
