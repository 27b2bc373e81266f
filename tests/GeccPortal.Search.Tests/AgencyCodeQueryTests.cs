using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A query that is only an agency's letter code lists that agency's letters first, then the letters citing
/// one of them, then letters where the two letters stand inside a Thai word (ก-ค in ปกครอง, ร-ง in โรงเรียน).
/// </summary>
public sealed class AgencyCodeQueryTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๑๒", new DateOnly(2025, 1, 10), "แนวทางการปกครองท้องถิ่น",
            "ให้องค์กรปกครองส่วนท้องถิ่นถือปฏิบัติ กรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า การปกครองต้องโปร่งใส"),
        Circulars.Make("ที่ กค ๐๔๐๕.๒/ว ๓๐", new DateOnly(2025, 2, 1), "หลักเกณฑ์การจัดซื้อจัดจ้าง",
            "กรมบัญชีกลางขอแจ้งหลักเกณฑ์การจัดซื้อจัดจ้างภาครัฐ"),
        Circulars.Make("ที่ ขก ๐๐๒๓.๓/ว ๔๐", new DateOnly(2025, 2, 10), "แจ้งหลักเกณฑ์การจัดซื้อจัดจ้าง",
            "จังหวัดขอนแก่นขอส่งสำเนาหนังสือกรมบัญชีกลางมาเพื่อทราบ",
            d => d with { CitedRefs = ["ที่ กค ๐๔๐๕.๒/ว ๓๐ ลงวันที่ ๑ กุมภาพันธ์ ๒๕๖๘"] }),
        Circulars.Make("ที่ รง ๐๕๐๕/ว ๗", new DateOnly(2025, 3, 3), "การตรวจแรงงาน", "ให้ตรวจสถานประกอบกิจการ"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๙/ว ๘", new DateOnly(2025, 3, 4), "การจัดสรรงบประมาณค่าอาหารกลางวันเพื่อรณรงค์โภชนาการ",
            "โอนจัดสรรงบประมาณให้โรงเรียนในสังกัด เพื่อการรณรงค์โภชนาการ"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_agencys_own_letters_then_letters_citing_it_then_the_letters_inside_words()
    {
        Assert.Equal(["กค0405.2/ว30", "ขก0023.3/ว40", "มท0810.3/ว12"], _index.Refs("กค"));
    }

    [Theory]
    [InlineData("รง")]
    [InlineData("รง.")]
    [InlineData(" รง ")]
    public void An_agency_ranks_above_a_word_full_of_its_letters(string query)
    {
        var refs = _index.Refs(query);
        Assert.Equal("รง0505/ว7", refs[0]);
        Assert.Contains("ศธ04009/ว8", refs);
    }

    [Fact]
    public void The_hits_say_whether_the_agency_wrote_or_cited_the_letter()
    {
        var hits = _index.Search("กค").Hits;
        Assert.Contains("ref", hits[0].Matches);
        Assert.Contains("cited", hits[1].Matches);
        Assert.DoesNotContain("ref", hits[2].Matches);
    }

    [Theory]
    [InlineData("กค", "กค")]
    [InlineData("มท.", "มท")]
    [InlineData("กทม", "กทม")]
    [InlineData("ก.ค.", null)] // กรกฎาคม, not the Ministry of Finance
    [InlineData("การ", null)]
    [InlineData("ก", null)]
    [InlineData("กค ป่าไม้", null)]
    public void Only_a_whole_query_of_two_to_four_consonants_is_a_code(string query, string? code)
    {
        Assert.Equal(code, QueryPlan.Parse(query).AgencyCode);
    }
}
