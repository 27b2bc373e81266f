using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Indexing;

/// <summary>
/// Search probe 11's letters (Fixtures/SearchProbe11: ten circulars of agencies the earlier probes lacked, with an XLSX, a
/// Chromium-printed Thai PDF table and a DOCX), built and indexed by the real build, and queries as officials and the
/// public typed them that found nothing, or only approximately, before the probe's fixes.
/// </summary>
public sealed class SearchProbeElevenTests(SearchProbeElevenTests.Site site) : IClassFixture<SearchProbeElevenTests.Site>
{
    private const string Highways = "2567-doh-w1175-truckban";
    private const string Police = "2568-rtp-w472-eticket";
    private const string Forestry = "2568-rfd-w3108-teak";
    private const string Food = "2568-fda-w1547-diet";
    private const string Customs = "2568-customs-w38-lowvalue";
    private const string Elderly = "2567-huaiyai-elderly";
    private const string Fisheries = "2568-fisheries-w772-closure";
    private const string Passport = "2568-consular-w198-passport";

    [Theory]
    // The public's words for the letters' (table rows)
    [InlineData("ทำพาสปอร์ต", Passport)]
    [InlineData("จองคิวพาสปอร์ต", Passport)]
    [InlineData("เล่มพาสปอร์ต", Passport)]
    [InlineData("จ่ายค่าปรับใบสั่ง", Police)]
    [InlineData("ใบสั่งค้างจ่าย", Police)]
    [InlineData("จ่ายใบสั่งผ่านแอป", Police)]
    [InlineData("ป้ายภาษีชั่วคราว 30 วัน", Police)]
    [InlineData("ผลิตภัณฑ์ลดความอ้วน", Food)]
    [InlineData("อาหารเสริมลดน้ำหนักผสมไซบูทรามีน", Food)]
    // The portal's word glued to a topic, as typed apart it ranks only
    [InlineData("หนังสือเวียนกรมศุลกากร", Customs)]
    // Abbreviations of the police and of a provincial office
    [InlineData("สตช. ใบสั่ง", Police)]
    [InlineData("ผบ.ตร. ใบสั่ง", Police)]
    [InlineData("ทสจ. ไม้", Forestry)]
    // A count in words glued between a short word and what it counts (รถ, anywhere in a letter with ๑๐ ล้อ)
    [InlineData("รถสิบล้อ", Highways)]
    // A day and month typed without a year, the letter writing the month in full
    [InlineData("ปิดอ่าว 15 ก.พ.", Fisheries)]
    [InlineData("ปิดอ่าว 15 ก.พ. - 15 พ.ค. 68", Fisheries)]
    // Three Latin words typed apart for the one word of a web address (www.thaipoliceonline.go.th)
    [InlineData("thai police online", Police)]
    // Found before the fixes: kept so
    [InlineData("คค 0612/ว 1175", Highways)]
    [InlineData("ตช.0011.25/ว.472", Police)]
    [InlineData("ถนนเพชรเกษม", Highways)]
    [InlineData("ลิปสติก ภาษี", Customs)]
    [InlineData("ประกาศ อบต.ห้วยใหญ่", Elderly)]
    [InlineData("ปิดอ่าวปลาทู", Fisheries)]
    [InlineData("แบบ ร.ม.1", Forestry)]
    public void A_query_as_typed_finds_its_letter_in_the_first_three(string query, string letter)
    {
        var response = site.Search(query);
        Assert.False(response.Approximate, $"{query}: approximate");
        Assert.Contains(letter, response.Hits.Take(3).Select(Site.Slug));
    }

    [Theory]
    [InlineData("ถนนสุวินทวงศ์", Highways, "truck-ban-routes.xlsx")]
    [InlineData("รองเท้ากีฬา อากร", Customs, "duty-examples.pdf")]
    [InlineData("อำนาจปกครองบุตร", Passport, "consent-form.docx")]
    public void Words_only_an_attachment_holds_find_its_letter(string query, string letter, string file)
    {
        var hit = site.Search(query).Hits.First();
        Assert.Equal(letter, Site.Slug(hit));
        Assert.Contains("attachment:" + file, hit.Matches);
    }

    /// <summary>The fixture's content copied to a temp site, built with its index once for every test.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TestSite _site = new();
        private readonly CircularSearcher _searcher;

        public Site()
        {
            var from = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Generator.Tests", "Fixtures", "SearchProbe11", "content");
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                _site.With(Path.Combine("content", Path.GetRelativePath(from, file)), File.ReadAllBytes(file));
            }

            var built = _site.BuildAsync(withIndex: true).GetAwaiter().GetResult();
            Assert.True(built.Succeeded, string.Join('\n', TestSite.Messages(built)));
            _searcher = CircularSearcher.Open(CircularIndex.ResolveCurrent(_site.IndexDirectory)!);
        }

        public SearchResponse Search(string query) => _searcher.Search(new SearchRequest { Query = query, Size = 10 });

        public static string Slug(SearchHit hit) => hit.Url.Trim('/').Split('/')[^1];

        public void Dispose()
        {
            _searcher.Dispose();
            _site.Dispose();
        }
    }
}
