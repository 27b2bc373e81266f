using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Titles typed one after another with their dots (<c>รศ.ดร.ชาญชัย</c>) find the letter that writes them out or apart
/// (probe 6: the dots held รศ.ดร. together as one word, which no letter had, so the query found nothing).
/// </summary>
public sealed class AbbreviationChainTests : IDisposable
{
    private const string Course = "อว6601.12/ว210";
    private const string Clinic = "อว6601.3/ว88";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ อว ๖๖๐๑.๑๒/ว ๒๑๐", new DateOnly(2025, 5, 5), "โครงการอบรมหลักสูตรการใช้ Excel",
            "ศูนย์บริการวิชาการกำหนดจัดโครงการอบรม", d => d with { SignerName = "รองศาสตราจารย์ ดร.ชาญชัย พานทองวิริยะกุล" }),
        Circulars.Make("ที่ อว ๖๖๐๑.๓/ว ๘๘", new DateOnly(2025, 6, 5), "การให้บริการคลินิกกฎหมาย",
            "ติดต่อ ผศ. ดร. สมชาย ใจดี ผู้อำนวยการศูนย์"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("รศ.ดร.ชาญชัย", Course)]
    [InlineData("รศ.ดร. ชาญชัย", Course)]
    [InlineData("ผศ.ดร.สมชาย", Clinic)]
    public void A_chain_of_titles_finds_the_letter_writing_them_out_or_apart(string typed, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(typed));
    }

    [Theory]
    [InlineData("พ.ร.บ.")]
    [InlineData("ส.อบต.")]
    [InlineData("ดร.")]
    [InlineData("ทดสอบ.ระบบ.")]
    [InlineData("กข.คง.")]
    public void Initials_one_abbreviation_or_words_outside_the_table_are_no_chain(string typed)
    {
        Assert.Empty(AbbreviationChains.Spellings(new QueryWord(typed, [], [], []), Read));
    }

    [Fact]
    public void A_chain_is_spelt_apart_and_with_each_abbreviation_in_the_table_written_out()
    {
        Assert.Equal(["รศ. ดร.", "รองศาสตราจารย์ ดร."], AbbreviationChains.Spellings(new QueryWord("รศ.ดร.", [], [], []), Read));
    }

    private static QueryWord? Read(string text) => QueryPlan.Parse(text).Words.FirstOrDefault();
}
