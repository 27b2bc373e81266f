using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A ref no letter has, typed with one slip: lookup and search offer the letters one edit away as "did you mean",
/// never as matches, and offer nothing when a letter has the ref or the slip is two edits.
/// </summary>
public sealed class DidYouMeanTests(DidYouMeanTests.Corpus corpus) : IClassFixture<DidYouMeanTests.Corpus>
{
    private readonly TempIndex _index = corpus.Index;

    private static SearchDocument Letter(string printedRef, DateOnly date, string title) =>
        Circulars.Make(printedRef, date, title, "ขอให้หน่วยงานในสังกัดถือปฏิบัติตามหนังสือฉบับนี้โดยเคร่งครัด");

    private static readonly SearchDocument ServiceCentre = Letter("ที่ มท ๐๘๑๐.๓/ว ๗๖", new DateOnly(2025, 1, 7), "การรับสมัครหน่วยงานเข้ารับการรับรองมาตรฐานศูนย์บริการ");
    private static readonly SearchDocument RiceFarming = Letter("ที่ กษ ๐๒๐๗/ว ๑๓๐๘", new DateOnly(2024, 6, 10), "การส่งเสริมการปลูกข้าวนาปี");
    private static readonly SearchDocument Procurement = Letter("ที่ กค (กวจ) ๐๔๐๕.๒/ว ๑๑๙", new DateOnly(2024, 3, 1), "แนวทางการจัดซื้อจัดจ้างภาครัฐ");
    private static readonly SearchDocument Vaccine = Letter("ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔", new DateOnly(2023, 3, 15), "การเร่งรัดการฉีดวัคซีน");
    private static readonly SearchDocument SchoolVaccine = Letter("ที่ ศธ ๐๒๒๘.๐๗.๒/ว ๔๘๕", new DateOnly(2025, 5, 2), "การฉีดวัคซีนนักเรียน");
    private static readonly SearchDocument Cabinet18 = Letter("ที่ นร ๐๑๐๕/ว ๑๘", new DateOnly(2024, 5, 1), "มติคณะรัฐมนตรีเรื่องการลาพักผ่อน");
    private static readonly SearchDocument Cabinet19 = Letter("ที่ นร ๐๑๐๕/ว ๑๙", new DateOnly(2025, 2, 1), "มติคณะรัฐมนตรีเรื่องวันหยุดราชการ");
    private static readonly SearchDocument Cabinet88 = Letter("ที่ นร ๐๑๐๕/ว ๘๘", new DateOnly(2025, 3, 1), "มติคณะรัฐมนตรีเรื่องเครื่องแบบ");

    public sealed class Corpus : IDisposable
    {
        public TempIndex Index { get; } = new([ServiceCentre, RiceFarming, Procurement, Vaccine, SchoolVaccine, Cabinet18, Cabinet19, Cabinet88]);

        public void Dispose() => Index.Dispose();
    }

    private List<string> Offered(string typed) => [.. _index.Searcher.DidYouMean(typed).Select(s => s.NormalizedRef)];

    [Theory]
    [InlineData("มท 0810.3/ว 76", "มท0810.3/ว76")]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖", "มท0810.3/ว76")]
    [InlineData("มท 08103/76", "มท0810.3/ว76")]
    [InlineData("กค 0405.2/ว 119", "กค(กวจ)0405.2/ว119")] // without its committee
    public void An_exact_ref_is_found_and_nothing_is_offered_beside_it(string typed, string found)
    {
        Assert.Equal(found, _index.Searcher.Lookup(typed)?.NormalizedRef);
        Assert.Empty(_index.Searcher.DidYouMean(typed));

        var search = _index.Search(typed);
        Assert.Equal(found, CircularRef.Parse(search.Hits[0].Ref).Normalized);
        Assert.Empty(search.DidYouMean);
    }

    [Theory]
    [InlineData("มท 0810.3/ว 78", "มท0810.3/ว76")] // a wrong digit
    [InlineData("มท 0810.8/ว 76", "มท0810.3/ว76")] // a wrong digit in the sub-unit
    [InlineData("มท 0810.3/ว 7", "มท0810.3/ว76")] // a missing digit
    [InlineData("มท 0810/ว 76", "มท0810.3/ว76")] // the sub-unit left out
    [InlineData("มท 0810.3/ว 706", "มท0810.3/ว76")] // an extra digit
    [InlineData("มท 0810.3/ว 67", "มท0810.3/ว76")] // two digits swapped
    [InlineData("มท 0801.3/ว 76", "มท0810.3/ว76")] // two digits of the office swapped
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๖๗", "มท0810.3/ว76")] // in Thai digits
    [InlineData("มท0810.3/ว67", "มท0810.3/ว76")] // without spaces
    [InlineData("กษ 0207/ว 1380", "กษ0207/ว1308")]
    [InlineData("กษ 0270/ว 1308", "กษ0207/ว1308")]
    [InlineData("กค (กวจ) 0405.2/ว 118", "กค(กวจ)0405.2/ว119")]
    [InlineData("ทม 0810.3/ว 76", "มท0810.3/ว76")] // the agency's letters swapped
    [InlineData("มน 0810.3/ว 76", "มท0810.3/ว76")] // one letter of the agency wrong
    public void A_ref_one_edit_from_a_letters_finds_nothing_but_offers_that_letter(string typed, string intended)
    {
        Assert.Null(_index.Searcher.Lookup(typed));
        Assert.Equal(intended, Offered(typed).First());
    }

    [Theory]
    [InlineData("มท 0810.3/ว 88")]
    [InlineData("มท 0180.3/ว 67")]
    [InlineData("มท 0810.3/ว 7666")]
    [InlineData("ทม 0810.3/ว 67")]
    [InlineData("มท 0810.4/ว 75")]
    public void A_ref_two_edits_away_is_not_offered(string typed)
    {
        Assert.DoesNotContain("มท0810.3/ว76", Offered(typed));
    }

    [Theory]
    [InlineData("ว 67")]
    [InlineData("มท 0810")]
    [InlineData("ค่าเช่าบ้าน")]
    [InlineData("")]
    public void Text_that_is_no_whole_ref_is_offered_nothing(string typed)
    {
        Assert.Empty(_index.Searcher.DidYouMean(typed));
        Assert.Empty(_index.Search(typed).DidYouMean);
    }

    [Fact]
    public void The_same_agency_ranks_before_another_one_letter_away_however_new()
    {
        // สธ ... ว 484 (a wrong digit, 2023) and ศธ ... ว 485 (another agency, 2025).
        Assert.Equal(["สธ0228.07.2/ว484", "ศธ0228.07.2/ว485"], Offered("สธ 0228.07.2/ว 485").Take(2));
    }

    [Fact]
    public void A_swap_ranks_before_a_wrong_digit_and_equal_edits_newest_first()
    {
        Assert.Equal(["นร0105/ว18", "นร0105/ว88"], Offered("นร 0105/ว 81"));
        Assert.Equal(["นร0105/ว19", "นร0105/ว18"], Offered("นร 0105/ว 17"));
    }

    [Fact]
    public void A_suggestion_names_the_letters_ref_title_date_and_page()
    {
        var suggestion = Assert.Single(_index.Searcher.DidYouMean("กษ 0207/ว 1380"));

        Assert.Equal(RiceFarming.Ref, suggestion.Ref);
        Assert.Equal(RiceFarming.Title, suggestion.Title);
        Assert.Equal(RiceFarming.Date, suggestion.Date);
        Assert.Equal(RiceFarming.Url, suggestion.Url);
        Assert.Equal("กษ", suggestion.Agency);
    }

    [Fact]
    public void A_search_for_a_ref_no_letter_has_offers_the_near_letters_apart_from_its_hits()
    {
        var response = _index.Search("มท 0810.3/ว 67");

        Assert.Equal(["มท0810.3/ว76"], response.DidYouMean.Select(s => s.NormalizedRef));
        Assert.DoesNotContain(response.Hits, hit => hit.Url == ServiceCentre.Url);
        Assert.False(response.Approximate);
    }

    [Fact]
    public void A_letter_a_search_already_lists_is_not_offered_again()
    {
        // Another sub-unit of the same office is a hit (citations get sub-units wrong): it is no suggestion too.
        var response = _index.Search("มท 0810.7/ว 76");

        Assert.Equal(ServiceCentre.Url, response.Hits[0].Url);
        Assert.DoesNotContain(response.DidYouMean, s => s.Url == ServiceCentre.Url);
    }

    [Fact]
    public void A_letter_removed_by_an_update_is_not_offered()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gecc-didyoumean-update-" + Guid.NewGuid().ToString("N"));
        try
        {
            CircularIndex.Write(directory, [ServiceCentre, RiceFarming]);
            CircularIndex.Update(directory, [], [RiceFarming.Url]);
            using var searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(directory)!);

            Assert.Empty(searcher.DidYouMean("กษ 0207/ว 1380"));
            Assert.Equal(ServiceCentre.Url, Assert.Single(searcher.DidYouMean("มท 0810.3/ว 67")).Url);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("มท 0810.3/ว 67 การลาพักผ่อน")]
    [InlineData("หนังสือที่ มท ๐๘๑๐.๓/ว ๖๗ ลงวันที่ ๗ มกราคม ๒๕๖๘")]
    public void A_ref_no_letter_has_quoted_among_words_offers_the_near_letters_too(string query)
    {
        var response = _index.Search(query);

        Assert.DoesNotContain(response.Hits, hit => hit.Url == ServiceCentre.Url);
        Assert.Equal(["มท0810.3/ว76"], response.DidYouMean.Select(s => s.NormalizedRef));
    }

    [Fact]
    public void A_ref_a_letter_has_quoted_among_words_offers_nothing()
    {
        Assert.Empty(_index.Search("มท 0810.3/ว 76 ศูนย์บริการ").DidYouMean);
        Assert.Empty(_index.Search("ค่าเช่าบ้าน มท 0810.3").DidYouMean);
    }
}
