using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Queries typed a little otherwise than letters write them: a Latin name with its number glued or hyphenated
/// (COVID19, COVID-19), a Latin word glued to the Thai word before it (ระบบe-GP), the start of a longer phrase (ห้ามเผา).
/// </summary>
public sealed class TypedAsWrittenTests : IDisposable
{
    private const string CovidHyphen = "สธ0410/ว71";
    private const string CovidGlued = "สธ0410/ว72";
    private const string Procurement = "กค0405.2/ว73";
    private const string Burning = "ชม0017.3/ว74";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๑๐/ว ๗๑", new DateOnly(2025, 1, 13), "มาตรการป้องกันโรคติดเชื้อไวรัสโคโรนา 2019",
            "ขอให้สถานพยาบาลเฝ้าระวังผู้ป่วยโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) และรายงานทุกสัปดาห์"),
        Circulars.Make("ที่ สธ ๐๔๑๐/ว ๗๒", new DateOnly(2025, 1, 14), "การรายงานผู้ป่วยโรคทางเดินหายใจ",
            "ให้โรงพยาบาลรายงานผู้ป่วย COVID19 และไข้หวัดใหญ่ผ่านระบบรายงานโรค"),
        Circulars.Make("ที่ กค ๐๔๐๕.๒/ว ๗๓", new DateOnly(2025, 2, 3), "การประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง",
            "ให้หน่วยงานของรัฐประกาศเผยแพร่แผนการจัดซื้อจัดจ้างในระบบ e-GP ของกรมบัญชีกลาง"),
        Circulars.Make("ที่ ชม ๐๐๑๗.๓/ว ๗๔", new DateOnly(2025, 2, 10), "มาตรการป้องกันหมอกควันและไฟป่า",
            "จังหวัดเชียงใหม่ประกาศห้ามเผาในที่โล่งทุกชนิดตั้งแต่วันที่ ๑ มีนาคม ถึง ๓๐ เมษายน ๒๕๖๘"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("COVID19")]
    [InlineData("COVID-19")]
    [InlineData("covid 19")]
    [InlineData("โควิด 19")]
    [InlineData("โควิด-19")]
    [InlineData("โควิด19")]
    public void A_latin_name_and_its_number_are_found_glued_hyphenated_apart_or_in_thai_letters(string query)
    {
        Assert.Equal([CovidHyphen, CovidGlued], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ระบบe-GP")]
    [InlineData("ระบบ e-GP")]
    [InlineData("ระบบegp")]
    public void A_latin_word_glued_to_thai_is_found_written_apart(string query)
    {
        Assert.Equal([Procurement], _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("ห้ามเผา")]
    [InlineData("ห้ามเผาในที่โล่ง")]
    [InlineData("ห้ามเผา เชียงใหม่")]
    public void The_start_of_a_phrase_finds_the_letter_writing_it_whole(string query)
    {
        Assert.Equal([Burning], _index.ExactRefs(query));
    }
}
