using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Queries that are reference numbers, whole or partial, in every spelling people type.</summary>
public sealed class ReferenceSearchTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TempIndex _index = fixture.Index;

    [Theory]
    [InlineData("ที่ มท ๐๘๐๘.๒/ว ๗๖")]
    [InlineData("มท ๐๘๐๘.๒/ว ๗๖")]
    [InlineData("มท0808.2/ว76")]
    [InlineData("มท 0808.2/ว 76")]
    [InlineData("มท. ๐๘๐๘.๒/ว.๗๖")]
    [InlineData("ที่มท๐๘๐๘.๒/ว๗๖")]
    [InlineData("มท 0808.2 ว 76")]
    public void A_whole_reference_in_any_spelling_puts_its_circular_first(string query)
    {
        var response = _index.Search(query);
        Assert.Equal("ที่ มท ๐๘๐๘.๒/ว ๗๖", response.Hits[0].Ref);
        Assert.Contains("ref", response.Hits[0].Matches);
    }

    [Theory]
    [InlineData("มท 08082/ว 76")]
    [InlineData("มท 0808.2/76")]
    [InlineData("มท 808.2/ว 76")]
    [InlineData("มท๘๐๘๒/๗๖")]
    public void A_reference_typed_without_dots_leading_zeros_or_its_wo_sign_still_finds_its_circular_first(string query)
    {
        var response = _index.Search(query);
        Assert.Equal("ที่ มท ๐๘๐๘.๒/ว ๗๖", response.Hits[0].Ref);
        // The letter that cites it follows; nothing else does.
        Assert.Equal(["มท0808.2/ว76", "ขก0023.5/ว103"], response.Hits.Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
    }

    [Theory]
    [InlineData("หนังสือที่ มท ๐๘๐๘.๒/ว ๗๖")]
    [InlineData("ที่ มท ๐๘๐๘.๒/ว ๗๖ ลงวันที่ ๑ มกราคม ๒๕๐๐")]
    [InlineData("(มท 0808.2/ว 76),")]
    public void A_reference_quoted_in_a_longer_query_puts_its_circular_first_and_the_one_citing_it_next(string query)
    {
        var hits = _index.Search(query).Hits;
        Assert.Equal(["มท0808.2/ว76", "ขก0023.5/ว103"], hits.Take(2).Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
        Assert.Contains("ref", hits[0].Matches);
        Assert.Contains("cited", hits[1].Matches);
    }

    [Theory]
    [InlineData("นร 0105/ว 7/2566", "ฉบับปีก่อน")]
    [InlineData("ที่ นร ๐๑๐๕/ว ๗ ลงวันที่ ๒ พฤษภาคม ๒๕๖๖", "ฉบับปีก่อน")]
    [InlineData("นร 0105/ว 7 ปี 2567", "ฉบับปีนี้")]
    [InlineData("หนังสือ นร 0105/ว 7", "ฉบับปีนี้")]
    public void A_year_written_beside_a_recurring_number_puts_that_years_letter_first(string query, string first)
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2023, 5, 2), "ฉบับปีก่อน", "เนื้อความ"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2024, 5, 2), "ฉบับปีนี้", "เนื้อความ"),
        ]);

        Assert.Equal(first, index.Search(query).Hits[0].Title);
    }

    [Fact]
    public void A_whole_reference_also_finds_the_circulars_that_cite_it()
    {
        var response = _index.Search("มท 0808.2/ว 76");
        Assert.Equal(["มท0808.2/ว76", "ขก0023.5/ว103"], response.Hits.Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
        Assert.Contains("cited", response.Hits[1].Matches);
    }

    [Fact]
    public void A_committee_reference_is_found()
    {
        Assert.Equal("กค(กวจ)0405.2/ว119", _index.Refs("กค (กวจ) ๐๔๐๕.๒/ว ๑๑๙")[0]);
    }

    [Theory]
    [InlineData("ว 76")]
    [InlineData("ว๗๖")]
    [InlineData("ว.76")]
    [InlineData("/ว 76")]
    public void A_running_number_alone_lists_every_circular_with_it_then_those_citing_one(string query)
    {
        var hits = _index.Search(query).Hits;

        Assert.Equal(["มท0622/ว76", "มท0808.2/ว76", "ขก0023.5/ว103"], hits.Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
        Assert.Equal(["ref", "ref", "cited"], hits.Select(h => h.Matches[0]));
    }

    [Theory]
    [InlineData("ว 119")]
    [InlineData("กค ว 119")]
    [InlineData("0405.2/ว 119")]
    [InlineData("กค (กวจ) 0405.2")]
    public void A_partial_reference_reaches_a_ref_that_letters_only_cite(string query)
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ กค (กวจ) ๐๔๐๕.๔/ว ๓๒๒", new DateOnly(2025, 3, 14), "แนวทางการจัดซื้อจัดจ้าง", "ตามหนังสือที่อ้างถึง",
                d => d with { CitedRefs = ["กค (กวจ) 0405.2/ว 119"] }),
            Circulars.Make("ที่ สธ ๐๒๒๘/ว ๑๑๘", new DateOnly(2025, 3, 1), "ค่าเช่าบ้าน", "เนื้อความ",
                d => d with { CitedRefs = ["กค 0405.3/ว 118", "มท 0810/ว 117"] }),
        ]);

        var hit = Assert.Single(index.Search(query).Hits);
        Assert.Equal("กค(กวจ)0405.4/ว322", GeccPortal.Thai.CircularRef.Parse(hit.Ref).Normalized);
        Assert.Equal(["cited"], hit.Matches);
    }

    [Fact]
    public void The_parts_of_a_partial_reference_must_all_come_from_one_cited_ref()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๒๒๘/ว ๑๑๘", new DateOnly(2025, 3, 1), "ค่าเช่าบ้าน", "เนื้อความ",
                d => d with { CitedRefs = ["กค 0405.3/ว 118", "มท 0810/ว 119"] }),
        ]);

        Assert.Empty(index.Refs("กค ว 119"));
        Assert.Empty(index.Refs("0405.3/ว 119"));
        Assert.Single(index.Refs("มท ว 119"));
    }

    [Theory]
    [InlineData("มท 0808.2", "มท0808.2/ว76")]
    [InlineData("มท ๐๘๐๘", "มท0808.2/ว76")]
    [InlineData("0228.07", "สธ0228.07.2/ว484")]
    [InlineData("สธ 0228.07.2", "สธ0228.07.2/ว484")]
    [InlineData("0023.5/ว103", "ขก0023.5/ว103")]
    [InlineData("0023.5/w103", "ขก0023.5/ว103")]
    [InlineData("๐๐๒๓.๕/ว ๑๐๓", "ขก0023.5/ว103")]
    [InlineData("ที่ ขก ๐๐๒๓.๕", "ขก0023.5/ว103")]
    [InlineData("ศธ 04006/", "ศธ04006/ว125")]
    public void A_partial_reference_lists_the_circulars_it_matches(string query, string expected)
    {
        var response = _index.Search(query);
        Assert.Equal([expected], response.Hits.Where(h => h.Matches.Contains("ref")).Select(h => GeccPortal.Thai.CircularRef.Parse(h.Ref).Normalized));
        Assert.Equal(expected, GeccPortal.Thai.CircularRef.Parse(response.Hits[0].Ref).Normalized);
        Assert.Equal(["ref"], response.Hits[0].Matches);
        Assert.All(response.Hits.Skip(1), hit => Assert.Equal(["cited"], hit.Matches));
    }

    [Fact]
    public void A_partial_reference_with_agency_and_number_needs_both()
    {
        Assert.Equal(["มท0622/ว76", "มท0808.2/ว76", "ขก0023.5/ว103"], _index.Refs("มท ว 76"));
        Assert.Empty(_index.Refs("สธ ว 76"));
    }

    [Fact]
    public void Lookup_finds_a_circular_by_any_spelling_of_its_reference()
    {
        var summary = _index.Searcher.Lookup("ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔");
        Assert.NotNull(summary);
        Assert.Equal("สธ0228.07.2/ว484", summary.NormalizedRef);
        Assert.Equal("การเร่งรัดการฉีดวัคซีนป้องกันโรคโควิด ๑๙ เข็มกระตุ้น", summary.Title);
        Assert.Equal(new DateOnly(2023, 3, 15), summary.Date);
        Assert.Equal("ด่วนที่สุด", summary.Urgency);
        Assert.Null(_index.Searcher.Lookup("สธ 0228.07.2/ว 485"));
        Assert.Null(_index.Searcher.Lookup("not a reference"));
    }

    [Fact]
    public void Lookup_finds_a_committee_ref_typed_without_its_committee_but_no_other_sub_unit()
    {
        Assert.Equal("กค(กวจ)0405.2/ว119", _index.Searcher.Lookup("กค 0405.2/ว 119")?.NormalizedRef);
        Assert.Null(_index.Searcher.Lookup("กค 0405.3/ว 119"));
        Assert.Null(_index.Searcher.Lookup("กค 0405/ว 119"));
        Assert.Null(_index.Searcher.Lookup("กค (กวพ) 0405.2/ว 119"));
    }

    [Theory]
    [InlineData("มท 0808.2/76", "มท0808.2/ว76")]
    [InlineData("มท 08082/ว 76", "มท0808.2/ว76")]
    [InlineData("ที่ มท ๘๐๘.๒/๗๖", "มท0808.2/ว76")]
    [InlineData("ศธ 0400.6/ว 125", "ศธ04006/ว125")]
    public void Lookup_finds_a_ref_typed_without_its_dots_leading_zeros_or_wo_as_search_does(string typed, string expected)
    {
        Assert.Equal(expected, _index.Searcher.Lookup(typed)?.NormalizedRef);
        Assert.Equal(expected, _index.Refs(typed)[0]);
    }

    [Fact]
    public void Lookup_by_bare_digits_answers_only_a_letters_own_ref_never_one_it_cites()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๒๒๘/ว ๑๑๘", new DateOnly(2025, 3, 1), "ค่าเช่าบ้าน", "เนื้อความ",
                d => d with { CitedRefs = ["มท 0810.3/ว 119"] }),
        ]);

        Assert.NotNull(index.Searcher.Lookup("สธ 228/118"));
        Assert.Null(index.Searcher.Lookup("มท 08103/119"));
        Assert.Null(index.Searcher.Lookup("มท 0810.3/ว 119"));
    }

    [Fact]
    public void A_lookup_asked_again_is_answered_as_the_first_time_spelling_by_spelling()
    {
        string[] asked = ["ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔", "สธ 0228.07.2/ว 485", "มท 0808.2/ว 76", "สธ0228.07.2/ว484"];
        var first = asked.Select(_index.Searcher.Lookup).ToList();
        var again = asked.Reverse().Select(_index.Searcher.Lookup).Reverse().ToList();

        Assert.Equal(first, again);
        Assert.Equal(["สธ0228.07.2/ว484", null, "มท0808.2/ว76", "สธ0228.07.2/ว484"], again.Select(s => s?.NormalizedRef));
    }

    [Fact]
    public void Lookup_of_a_number_used_in_two_years_answers_the_newest_and_says_two_letters_carry_it()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2023, 5, 2), "ฉบับปีก่อน", "เนื้อความ"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗", new DateOnly(2024, 5, 2), "ฉบับปีนี้", "เนื้อความ"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๘", new DateOnly(2024, 5, 3), "ฉบับเดียว", "เนื้อความ"),
        ]);

        var recurring = index.Searcher.Lookup("นร 0105/ว 7");
        Assert.NotNull(recurring);
        Assert.Equal(("ฉบับปีนี้", 2), (recurring.Title, recurring.SameRefCount));
        Assert.Equal(1, index.Searcher.Lookup("นร 0105/ว 8")?.SameRefCount);
        // Searching the reference lists both letters, newest first.
        Assert.Equal(["ฉบับปีนี้", "ฉบับปีก่อน"], index.Search("นร 0105/ว 7").Hits.Select(h => h.Title));
    }

    [Fact]
    public void A_query_mixing_words_and_part_of_a_reference_needs_both()
    {
        var hit = _index.Search("วัคซีน ว ๔๘๔").Hits.Single();
        Assert.Equal("ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔", hit.Ref);
        Assert.Contains("ref", hit.Matches);
        Assert.Empty(_index.Refs("วัคซีน ว 485"));
    }
}
