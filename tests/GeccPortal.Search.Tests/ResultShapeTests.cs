using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Facets, filters, paging, sorting, snippets and where a hit matched.</summary>
public sealed class ResultShapeTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TempIndex _index = fixture.Index;

    [Fact]
    public void Facets_count_every_match_not_only_the_page()
    {
        var response = _index.Search("", r => r with { Size = 1 });
        Assert.Equal(6, response.Total);
        Assert.Single(response.Hits);
        Assert.Equal([new FacetValue("มท", 2), new FacetValue("กค", 1), new FacetValue("ขก", 1), new FacetValue("ศธ", 1), new FacetValue("สธ", 1)], response.Facets.Agency);
        Assert.Equal([new FacetValue("2568", 1), new FacetValue("2567", 4), new FacetValue("2566", 1)], response.Facets.Year);
        Assert.Contains(new FacetValue("external", 4), response.Facets.Type);
        Assert.Equal([new FacetValue("ด่วนที่สุด", 1), new FacetValue("ด่วนมาก", 1)], response.Facets.Urgency);
    }

    [Fact]
    public void Filters_narrow_the_matches_and_their_facets()
    {
        var byAgency = _index.Search("", r => r with { Agency = "มท" });
        Assert.Equal(2, byAgency.Total);
        Assert.Equal([new FacetValue("มท", 2)], byAgency.Facets.Agency);

        Assert.Equal(["กค(กวจ)0405.2/ว119"], _index.Refs("", r => r with { Type = "internal" }));
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("", r => r with { Urgency = "ด่วนมาก" }));
        Assert.Equal(["มท0622/ว76", "ศธ04006/ว125", "กค(กวจ)0405.2/ว119", "ขก0023.5/ว103"],
            _index.Refs("", r => r with { From = new DateOnly(2024, 1, 13), To = new DateOnly(2025, 12, 31), Sort = SearchSort.Date }));
        Assert.Empty(_index.Refs("วัคซีน", r => r with { Agency = "มท" }));
    }

    [Fact]
    public void Date_sort_puts_the_newest_first()
    {
        var dates = _index.Search("", r => r with { Sort = SearchSort.Date }).Hits.Select(h => h.Date).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(new DateOnly(2025, 2, 3), dates[0]);
    }

    [Fact]
    public void Pages_split_the_ranked_list_without_overlap()
    {
        var all = _index.Refs("", r => r with { Sort = SearchSort.Date });
        var pages = Enumerable.Range(1, 3)
            .SelectMany(page => _index.Refs("", r => r with { Sort = SearchSort.Date, Page = page, Size = 2 })).ToList();
        Assert.Equal(all, pages);
        var beyond = _index.Search("", r => r with { Page = 9, Size = 2 });
        Assert.Empty(beyond.Hits);
        Assert.Equal(6, beyond.Total);
    }

    [Fact]
    public void A_huge_page_number_returns_an_empty_page()
    {
        var response = _index.Search("", r => r with { Page = int.MaxValue, Size = 100 });
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void Snippets_mark_the_matched_words_in_escaped_text()
    {
        var hit = _index.Search("เข็มกระตุ้น").Hits.Single();
        Assert.Contains("<mark>เข็มกระตุ้น</mark>", hit.Snippet);
        Assert.Contains("body", hit.Matches);
        Assert.Contains("title", hit.Matches);
    }

    [Fact]
    public void A_one_letter_query_word_is_marked_only_where_it_stands_alone()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๗๖", new DateOnly(2024, 6, 3), "ศูนย์ราชการสะดวก", "หน่วยงานรวมศูนย์ราชการสะดวก ตามหนังสือ ว ๗๖"),
        ]);

        var snippet = index.Search("สะดวก ว").Hits.Single().Snippet;
        Assert.Contains("<mark>ว</mark> ๗๖", snippet);
        Assert.DoesNotContain("หน่<mark>ว</mark>", snippet);
        Assert.DoesNotContain("ด<mark>ว</mark>ก", snippet);
    }

    [Fact]
    public void Snippets_escape_html_in_the_text()
    {
        using var index = new TempIndex([Circulars.Make("ที่ นร ๐๑๐๕/ว ๑", new DateOnly(2024, 5, 1), "ประกาศทดสอบ",
            "ให้ใช้แท็ก <script>alert(1)</script> & เครื่องหมาย \"อัญประกาศ\" ในระบบสารบรรณ")]);
        var snippet = index.Search("สารบรรณ").Hits.Single().Snippet;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; เครื่องหมาย &quot;อัญประกาศ&quot;", snippet);
        Assert.Contains("<mark>สารบรรณ</mark>", snippet);
        Assert.DoesNotContain("<script>", snippet);
    }

    [Fact]
    public void A_match_in_an_attachment_names_the_file_and_quotes_it()
    {
        var hit = _index.Search("หนองบัว").Hits.Single();
        Assert.Equal(["attachment:allocation-table.pdf"], hit.Matches);
        Assert.Contains("<mark>หนองบัว</mark>", hit.Snippet);
    }

    [Fact]
    public void Matches_name_the_people_and_enclosure_fields()
    {
        Assert.Equal(["people"], _index.Search("ธนากรวิวัฒน์").Hits.Single().Matches);
        Assert.Contains("enclosure", _index.Search("รายโรงเรียน").Hits.Single().Matches);
    }

    [Fact]
    public void Marks_cover_numbers_typed_in_another_digit_system()
    {
        var hit = _index.Search("1250").Hits.Single();
        Assert.Contains("<mark>๑,๒๕๐</mark>", hit.Snippet);
    }

    [Fact]
    public void Marks_land_on_the_original_characters_of_repaired_text()
    {
        using var index = new TempIndex([Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๒๗๔", new DateOnly(2025, 1, 23), "การขอรับการรับรองมาตรฐาน",
            "เรียน นายกองคํการบริหารส่วนจังหวัดนครพนม ประจําปีงบประมาณ")]);
        var snippet = index.Search("องค์การบริหาร").Hits.Single().Snippet;
        Assert.Contains("นายก<mark>องคํการบริหาร</mark>ส่วน", snippet);
        Assert.Contains("<mark>ประจําปี</mark>", index.Search("ประจำปี").Hits.Single().Snippet);
    }
}
