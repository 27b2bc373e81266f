using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests.SeedLetters;

/// <summary>Queries a person would type about the seed letters, and the circular each must return first.</summary>
public sealed class SeedQualityTests : IDisposable
{
    private const string Memo = "มท0218.1/ว131122";
    private const string Dla = "มท0810.3/ว76";
    private const string Province = "นพ0023.3/ว274";

    private readonly TempIndex _index = new(SeedCorpus.All);

    [Theory]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖", Dla)]
    [InlineData("มท0810.3/ว76", Dla)]
    [InlineData("นพ ๐๐๒๓.๓/ว ๒๗๔", Province)]
    [InlineData("0023.3/ว274", Province)]
    [InlineData("ว 131122", Memo)]
    [InlineData("รยรุ่ง", Province)]
    [InlineData("ไครบุตร", Province)]
    [InlineData("ศรีกงพลี", Dla)]
    [InlineData("ชจร", Memo)]
    [InlineData("องค์การบริหารส่วนจังหวัดนครพนม", Province)]
    [InlineData("0 4251 5720", Province)]
    [InlineData("042515720", Province)]
    [InlineData("saraban@dla.go.th", Dla)]
    [InlineData("Webex", Memo)]
    [InlineData("Video Conference", Memo)]
    [InlineData("ประชุมทางไกล", Memo)]
    [InlineData("176 193 8555", Memo)]
    [InlineData("กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น", Dla)]
    public void Each_query_returns_its_circular_first(string query, string expected)
    {
        var hits = _index.Refs(query);
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0]);
    }

    [Theory]
    [InlineData("ศูนย์ราชการสะดวก")]
    [InlineData("งบประมาณ")]
    [InlineData("28 กุมภาพันธ์ 2568")]
    [InlineData("GECC")]
    [InlineData("ประจำปีงบประมาณ")]
    public void A_query_every_letter_answers_returns_all_three(string query)
    {
        Assert.Equal(new[] { Dla, Memo, Province }.Order(StringComparer.Ordinal), _index.Refs(query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hard_wrapped_words_in_the_dla_letter_are_found_whole()
    {
        // The DLA letter breaks "สำนักงานปลัด / สำนักนายกรัฐมนตรี" and "ศูนย์ราชการ / สะดวก" across lines.
        Assert.Contains(Dla, _index.Refs("สำนักงานปลัดสำนักนายกรัฐมนตรี"));
        Assert.Contains(Dla, _index.Refs("คณะกรรมการอำนวยการศูนย์ราชการสะดวก"));
    }

    [Fact]
    public void The_dla_reference_also_finds_the_province_letter_that_forwards_it()
    {
        // The province letter cites it inexactly (๐๘๑๐.๗ for ๐๘๑๐.๓): the loose key still links them.
        Assert.Equal([Dla, Province], _index.Refs("ที่ มท ๐๘๑๐.๓/ว ๗๖"));
    }

    [Fact]
    public void A_phrase_of_real_words_found_in_no_letter_returns_nothing()
    {
        // Nothing as typed; the nearest letters may follow, flagged approximate (ApproximateSearchTests).
        Assert.Empty(_index.ExactRefs("มาตรฐานศูนย์ราชการสะดวกจังหวัดขอนแก่น"));
        Assert.Empty(_index.ExactRefs("วัคซีน"));
    }

    public void Dispose() => _index.Dispose();
}
