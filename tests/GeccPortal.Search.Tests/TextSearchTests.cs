using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Free-text search: recall through n-grams, precision through AND and phrases, numbers, stop words.</summary>
public sealed class TextSearchTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TempIndex _index = fixture.Index;

    [Fact]
    public void A_word_inside_a_compound_is_found()
    {
        // ICU splits ประจำปีงบประมาณ as ประจำ / ปีงบประมาณ, so the word งบประมาณ alone is only found by n-grams.
        var hits = _index.Refs("งบประมาณ");
        Assert.Equal("ศธ04006/ว125", hits[0]);
    }

    [Fact]
    public void A_signer_surname_alone_is_found()
    {
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("ธนากรวิวัฒน์"));
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("ศรีวิริยะเลิศ"));
    }

    [Fact]
    public void A_transliterated_loanword_is_found()
    {
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("แอปพลิเคชัน"));
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("วัคซีน"));
    }

    [Fact]
    public void A_dotted_abbreviation_is_found_alone_and_inside_a_pasted_title()
    {
        // พ.ศ. stands after a space in the text ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"): its letters must still be found as typed.
        Assert.Contains("ศธ04006/ว125", _index.Refs("พ.ศ."));
        Assert.Contains("ศธ04006/ว125", _index.Refs("พ.ศ. ๒๕๖๘"));
        Assert.Equal("ศธ04006/ว125", _index.Refs("การจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ให้สถานศึกษา")[0]);
        Assert.Equal("ศธ04006/ว125", _index.Refs("ประจำปีงบประมาณ พศ ๒๕๖๘")[0]);
    }

    [Fact]
    public void Text_shaped_like_part_of_a_reference_is_searched_as_words_when_no_reference_matches()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "ประชุม", "ขอเชิญประชุมเวลา ๐๘.๓๐ น. ณ ห้องประชุม ก.จ. ชั้น ๒"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๓", new DateOnly(2024, 6, 4), "ประกาศ", "ตามหนังสือกระทรวงศึกษาธิการ ที่ ศธ ๐๒๐๖.๒/ว ๓๓๓ แจ้งว่า"),
        ]);

        Assert.Equal(["นร0105/ว2"], index.Refs("08.30"));
        Assert.Equal(["นร0105/ว2"], index.Refs("ก.จ."));
        // A reference no letter has or cites, but quoted in a letter's text.
        Assert.Contains("นร0105/ว3", index.Refs("ศธ 0206.2/ว 333"));
        // A reference that a letter has is still found as one, not as text.
        Assert.Equal(["นร0105/ว2"], index.Refs("นร 0105/ว 2"));
    }

    [Fact]
    public void Part_of_a_word_is_found()
    {
        Assert.Equal(["กค(กวจ)0405.2/ว119"], _index.Refs("อิเล็กทรอ"));
    }

    [Fact]
    public void Every_word_of_the_query_must_be_found()
    {
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("วัคซีน ผู้สูงอายุ"));
        Assert.Empty(_index.ExactRefs("วัคซีน งบประมาณ"));
    }

    [Fact]
    public void A_phrase_found_in_no_circular_returns_nothing_even_when_its_syllables_occur()
    {
        // งบ and ประมาณ both occur, as do วัคซีน's syllables; these strings do not. (The nearest letters may
        // follow, flagged approximate: see ApproximateSearchTests.)
        Assert.Empty(_index.ExactRefs("ประมาณงบ"));
        Assert.Empty(_index.ExactRefs("ซีนวัค"));
    }

    [Fact]
    public void Thai_stop_words_are_searchable_inside_phrases()
    {
        Assert.Equal(["กค(กวจ)0405.2/ว119"], _index.Refs("ส่วนราชการที่มีความจำเป็น"));
        Assert.Contains("มท0808.2/ว76", _index.Refs("การให้ความช่วยเหลือ"));
    }

    [Fact]
    public void Numbers_match_across_digit_systems_and_spacing()
    {
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("1,250"));
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("1250 ล้านบาท"));
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("0 2288 5839"));
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("022885839"));
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("31 มีนาคม 2566"));
    }

    [Fact]
    public void Latin_text_is_case_folded()
    {
        Assert.Equal(["ศธ04006/ว125"], _index.Refs("BUDGET@OBEC.GO.TH"));
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("moph immunization"));
    }

    [Fact]
    public void Text_repaired_at_query_time_matches_clean_text()
    {
        // A query pasted from a PDF: split sara am and a stray nikhahit; also Thai digits.
        Assert.Equal(["กค(กวจ)0405.2/ว119"], _index.Refs("ส่วนราชการที่มีความจําเป็น"));
        Assert.Equal(["มท0808.2/ว76"], _index.Refs("องคํกรปกครอง"));
        Assert.Equal(["สธ0228.07.2/ว484"], _index.Refs("๓๑ มีนาคม ๒๕๖๖"));
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        var hits = _index.Refs("อุทกภัย");
        Assert.Equal(["ขก0023.5/ว103", "มท0808.2/ว76"], hits);
    }

    [Fact]
    public void Every_searchable_field_is_searched()
    {
        Assert.Contains("ศธ04006/ว125", _index.Refs("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา")); // to
        Assert.Contains("สธ0228.07.2/ว484", _index.Refs("กรมควบคุมโรค")); // issuer
        Assert.Contains("ศธ04006/ว125", _index.Refs("กลุ่มงานจัดสรรงบประมาณ")); // contact unit
        Assert.Contains("ศธ04006/ว125", _index.Refs("บัญชีจัดสรรงบประมาณรายโรงเรียน")); // enclosure
        Assert.Contains("ศธ04006/ว125", _index.Refs("โรงเรียนวัดศรีสุมังค์")); // attachment
        Assert.Contains("กค(กวจ)0405.2/ว119", _index.Refs("คงเอียด")); // signer
    }

    [Fact]
    public void Words_typed_together_are_found_with_a_few_words_between_them_in_the_order_typed_first()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "การจ่ายเงิน", "ให้เร่งรัดการจ่ายเบี้ยยังชีพผู้สูงอายุให้ทันเวลา"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๓", new DateOnly(2024, 6, 4), "การจ่ายเงิน", "ผู้สูงอายุที่ได้รับเบี้ยยังชีพ"),
        ]);

        // ว 3 has both words, but the other way round (SplitWordTests): it ranks below.
        Assert.Equal(["นร0105/ว2", "นร0105/ว3"], index.Refs("เบี้ยผู้สูงอายุ"));
    }

    [Fact]
    public void A_word_shortened_with_paiyannoi_is_found_where_it_is_written_in_full_and_the_other_way_round()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๑", new DateOnly(2024, 6, 3), "แจ้งเวียน", "ผู้ว่าราชการจังหวัดเชียงใหม่สั่งการให้ดำเนินการ"),
            Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๒", new DateOnly(2024, 6, 4), "แจ้งเวียน", "ตามที่ผู้ว่าฯ ได้มอบหมายให้ประชุมที่กรุงเทพฯ"),
            Circulars.Make("ที่ ชม ๐๐๑๗.๒/ว ๓", new DateOnly(2024, 6, 5), "แจ้งเวียน", "ผู้อำนวยการแจ้งว่าจะประชุม"),
        ]);

        Assert.Equal(["ชม0017.2/ว1"], index.Refs("ผู้ว่าฯ เชียงใหม่"));
        // ผู้ and ว่า a few words apart (ผู้อำนวยการแจ้งว่า) are no ผู้ว่า.
        Assert.Equal(["ชม0017.2/ว2", "ชม0017.2/ว1"], index.Refs("ผู้ว่า"));
        Assert.Equal(["ชม0017.2/ว2"], index.Refs("กรุงเทพ"));
    }

    [Fact]
    public void A_word_is_not_found_across_punctuation_but_is_across_a_line_break()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "ประกาศ", "รายการ สมุด.ดินสอ.ยางลบ ตามบัญชี"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๓", new DateOnly(2024, 6, 4), "ประกาศ", "สำนักงานปลัด\nสำนักนายกรัฐมนตรี"),
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๔", new DateOnly(2024, 6, 5), "ประกาศ", "จัดซื้อดินสอยางลบและสมุดดินสอสี"),
        ]);

        // ว 2 lists the words apart, so it ranks only as a letter holding both anywhere (SplitWordTests), below ว 4.
        Assert.Equal(["นร0105/ว4", "นร0105/ว2"], index.Refs("ดินสอยางลบ"));
        Assert.Equal(["นร0105/ว4", "นร0105/ว2"], index.Refs("สมุดดินสอ"));
        Assert.True(index.Search("สมุดดินสอ").Hits[1].Score < index.Search("สมุดดินสอ").Hits[0].Score / 10);
        Assert.Contains("นร0105/ว2", index.Refs("ดินสอ.ยางลบ"));
        Assert.Equal(["นร0105/ว3"], index.Refs("ปลัดสำนัก"));
    }

    [Fact]
    public void A_repeated_search_returns_the_same_response()
    {
        var first = _index.Search("วัคซีน ผู้สูงอายุ");
        var second = _index.Search("วัคซีน ผู้สูงอายุ");
        Assert.Equal(first.Hits, second.Hits);
        Assert.Equal(first.Total, second.Total);
        Assert.NotEqual(first.Total, _index.Search("วัคซีน ผู้สูงอายุ", r => r with { Agency = "มท" }).Total);
    }
}
