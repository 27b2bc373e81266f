using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An official abbreviation finds its full form and the other way round, also glued to a name or a place
/// (ผวจ.ลำปาง, น.ส.สมศรี, นพ.สมชาย); a colloquial word finds the official one; a loanword spelt another way is found.
/// </summary>
public sealed class WordAlternativeSearchTests : IDisposable
{
    private const string FullForms = "ลป0017.2/ว11";
    private const string Abbreviations = "ลป0017.2/ว12";
    private const string NakhonPhanom = "นพ0017.3/ว13";
    private const string Labour = "รง0505/ว14";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๑๑", new DateOnly(2025, 1, 6), "การป้องกันไฟป่า",
            "ตามที่คณะรัฐมนตรีเห็นชอบ และพระราชบัญญัติป่าไม้ พุทธศักราช ๒๔๘๔ ผู้ว่าราชการจังหวัดลำปางสั่งการให้นายอำเภอทุกอำเภอและองค์กรปกครองส่วนท้องถิ่นเฝ้าระวัง " +
            "โดยมีนายแพทย์สมชาย ใจดี และนางสาวสมศรี รักดี เป็นผู้ประสานงาน",
            d => d with { Type = "order" }),
        Circulars.Make("ที่ ลป ๐๐๑๗.๒/ว ๑๒", new DateOnly(2025, 1, 7), "การดำเนินการตามมติ ครม.",
            "ตามมติ ครม. เมื่อวันที่ ๗ มกราคม ๒๕๖๘ ผวจ.ลำปางขอให้ อปท. ทุกแห่งและ นอ. ทุกอำเภอถือปฏิบัติ ผู้ประสานงาน น.ส.สมศรี รักดี",
            d => d with { Type = "order" }),
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๑๓", new DateOnly(2025, 1, 8), "การจัดซื้อวัสดุสำนักงาน",
            "จังหวัดนครพนมขอแจ้งรายการจัดซื้อดินสอ สมุด และยางลบ ตามหนังสือที่ นพ ๐๐๑๗.๓/ว ๙ แจ้งทางอีเมล",
            d => d with { Type = "external" }),
        Circulars.Make("ที่ รง ๐๕๐๕/ว ๑๔", new DateOnly(2025, 1, 9), "อัตราค่าจ้างขั้นต่ำ",
            "ประกาศอัตราค่าจ้างขั้นต่ำ วันละ ๔๐๐ บาท คุ้มครองแรงงานต่างด้าวและหญิงตั้งครรภ์",
            d => d with { Type = "announcement" }),
    ]);

    [Theory]
    [InlineData("พ.ร.บ. ป่าไม้")]
    [InlineData("พ.ร.บ.ป่าไม้")]
    [InlineData("พรบ ป่าไม้")]
    [InlineData("พ.ร.บ ป่าไม้")]
    public void An_abbreviation_finds_its_full_form_with_or_without_dots(string query)
    {
        Assert.Equal([FullForms], _index.Refs(query));
    }

    [Theory]
    [InlineData("ผวจ.ลำปาง")]
    [InlineData("ผวจ ลำปาง")]
    [InlineData("ผู้ว่าราชการจังหวัดลำปาง")]
    [InlineData("ผู้ว่าราชการจังหวัด ลำปาง")]
    [InlineData("องค์กรปกครองส่วนท้องถิ่น")]
    [InlineData("อปท")]
    [InlineData("น.ส.สมศรี")]
    [InlineData("นางสาวสมศรี")]
    [InlineData("น.ส. สมศรี")]
    public void An_abbreviation_and_its_full_form_find_each_other_also_glued_to_a_name_or_place(string query)
    {
        Assert.Equal([FullForms, Abbreviations], _index.Refs(query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_spelling_typed_ranks_above_the_other_spellings()
    {
        Assert.Equal([Abbreviations, FullForms], _index.Refs("ผวจ.ลำปาง"));
        Assert.Equal([FullForms, Abbreviations], _index.Refs("ผู้ว่าราชการจังหวัดลำปาง"));
        Assert.Equal([Abbreviations, FullForms], _index.Refs("น.ส.สมศรี"));
        Assert.Equal([FullForms, Abbreviations], _index.Refs("นางสาวสมศรี"));
    }

    [Theory]
    [InlineData("มติ คณะรัฐมนตรี")]
    [InlineData("มติ ครม.")]
    public void A_word_of_a_longer_query_is_found_written_the_other_way(string query)
    {
        Assert.Equal([Abbreviations], _index.Refs(query));
    }

    [Theory]
    [InlineData("นพ.สมชาย")]
    [InlineData("นพ. สมชาย")]
    [InlineData("นพ สมชาย")]
    public void A_title_abbreviated_before_a_name_finds_it_written_out(string query)
    {
        Assert.Equal([FullForms], _index.Refs(query));
    }

    [Fact]
    public void A_full_form_does_not_find_two_letters_that_are_also_an_agency_code_or_a_syllable()
    {
        // นายแพทย์ is นพ., but นพ alone is Nakhon Phanom's code in a ref; นางสาว is น.ส., and นส is inside ดินสอ.
        Assert.Equal([FullForms], _index.Refs("นายแพทย์"));
        Assert.Equal([FullForms, Abbreviations], _index.Refs("นางสาว").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_abbreviation_whose_letters_are_a_word_is_expanded_only_with_its_dot()
    {
        Assert.Contains(FullForms, _index.Refs("นอ."));
        Assert.Contains(Abbreviations, _index.Refs("นอ."));
        Assert.DoesNotContain(FullForms, _index.Refs("นอ"));
    }

    [Theory]
    [InlineData("ค่าแรงขั้นต่ำ")]
    [InlineData("ค่าแรง 400")]
    [InlineData("แรงงานข้ามชาติ")]
    [InlineData("คนท้อง")]
    public void A_colloquial_word_finds_the_official_one(string query)
    {
        Assert.Equal([Labour], _index.Refs(query));
    }

    [Fact]
    public void A_loanword_spelt_another_way_is_found()
    {
        Assert.Equal([NakhonPhanom], _index.Refs("อีเมล์"));
    }

    [Fact]
    public void The_other_spelling_is_what_the_snippet_marks()
    {
        Assert.Contains("<mark>คณะรัฐมนตรี</mark>", Snippet("ครม. พุทธศักราช", FullForms));
        Assert.Contains("<mark>ค่าจ้างขั้นต่ำ</mark>", Snippet("ค่าแรงขั้นต่ำ", Labour));
        Assert.Contains("<mark>น.ส", Snippet("นางสาวสมศรี", Abbreviations));
        Assert.Contains("สมศรี</mark>", Snippet("นางสาวสมศรี", Abbreviations));
    }

    private string Snippet(string query, string reference) =>
        _index.Search(query).Hits.Single(hit => GeccPortal.Thai.CircularRef.Parse(hit.Ref).Normalized == reference).Snippet;

    public void Dispose() => _index.Dispose();
}
