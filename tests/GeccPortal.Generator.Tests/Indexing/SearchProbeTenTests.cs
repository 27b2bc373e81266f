using GeccPortal.Generator.Tests.Support;
using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;

namespace GeccPortal.Generator.Tests.Indexing;

/// <summary>
/// Search probe 10's letters (Fixtures/SearchProbe10: ten circulars of agencies the earlier probes lacked, with a
/// Chromium-printed Thai PDF table, a PDF manual, an XLSX and a DOCX), built and indexed by the real build, and
/// queries as officials and the public typed them that found nothing, or the wrong letter, before the probe's fixes.
/// </summary>
public sealed class SearchProbeTenTests(SearchProbeTenTests.Site site) : IClassFixture<SearchProbeTenTests.Site>
{
    private const string Election = "2568-ect-w512";
    private const string Vat = "2568-rd-w18-vat";
    private const string Hospital = "2568-moph-ucep-w567";
    private const string Wage = "2568-dlpw-w78-wage";
    private const string Guide = "2568-dot-w211-guide";
    private const string Disability = "2568-dep-w1034-disability";
    private const string Court = "2568-udon-court-mediation";
    private const string Scam = "2568-mdes-w1423-scam";
    private const string Energy = "2568-dede-w89-energy";

    [Theory]
    // Colloquial words and the public's loanwords (table rows)
    [InlineData("แอร์ 26 องศา", Energy)]
    [InlineData("ล้างแอร์", Energy)]
    [InlineData("ปิดแอร์พักเที่ยง", Energy)]
    [InlineData("ประหยัดไฟ", Energy)]
    [InlineData("vat", Vat)]
    [InlineData("แวต", Vat)]
    [InlineData("June 2025 VAT", Vat)]
    [InlineData("ใบเสร็จอิเล็กทรอนิกส์", Vat)]
    [InlineData("ต่อบัตรไกด์", Guide)]
    [InlineData("qrcode", Guide)]
    [InlineData("call center", Scam)]
    [InlineData("ยูเซ็ป", Hospital)]
    [InlineData("ซิม 6 เบอร์", Scam)]
    [InlineData("ไม่ไปใช้สิทธิ์", Election)]
    // Department abbreviations and a ministry's English initials
    [InlineData("กสร.", Wage)]
    [InlineData("พก.", Disability)]
    [InlineData("พพ.", Energy)]
    [InlineData("กระทรวงดีอี", Scam)]
    // A province by the short name people call it, glued to a word
    [InlineData("ศาลอุดร", Court)]
    // Words ICU cut into other words (ซิม|การ์ด, not ซิ|มการ์ด)
    [InlineData("ยืนยันตัวตนซิม", Scam)]
    [InlineData("แอปทางรัฐ", Disability)]
    [InlineData("แผงโซล่าเซลล์", Energy)]
    [InlineData("SIM card", Scam)]
    [InlineData("วัคซีนฟรี", Hospital)]
    [InlineData("ผู้สูงอายุ วัคซีน ฟรี", Hospital)]
    // The README's still-missed items, fixed by search probe 11: a Latin word glued from three parts, the first the e of an
    // e-government name; letters' names glued to a one-unit word or to a loanword; a form's code without the dots between
    // its letters
    [InlineData("etaxinvoice", Vat)]
    [InlineData("ค่าเอ็มอาร์ไอ", Hospital)]
    [InlineData("ซีทีสแกน", Hospital)]
    [InlineData("แบบ สถ.ผถ.1/6", Election)]
    [InlineData("สถ.ผถ.๑/๖", Election)]
    // A query of four parts with a glued word: the number counts as a word of what it counts, so วัคซีนฟรี is still split
    [InlineData("ผู้สูงอายุ 60 ปี วัคซีนฟรี", Hospital)]
    public void A_query_as_typed_finds_its_letter_in_the_first_three(string query, string letter)
    {
        var response = site.Search(query);
        Assert.False(response.Approximate, $"{query}: approximate");
        Assert.Contains(letter, response.Hits.Take(3).Select(Site.Slug));
    }

    [Theory]
    [InlineData("ค่าตรวจคลื่นแม่เหล็กไฟฟ้ากระดูกสันหลัง", Hospital, "fee-schedule.pdf")]
    [InlineData("ใบลดหนี้", Vat, "etax-manual.pdf")]
    [InlineData("ค่าแรง ปัตตานี", Wage, "minimum-wage.xlsx")]
    [InlineData("ชั่วโมงจิตอาสา", "2568-cmu-w456-studentloan", "loan-form.docx")]
    public void Words_only_an_attachment_holds_find_its_letter(string query, string letter, string file)
    {
        var hit = site.Search(query).Hits.First();
        Assert.Equal(letter, Site.Slug(hit));
        Assert.Contains("attachment:" + file, hit.Matches);
    }

    [Theory]
    [InlineData("โค")]
    [InlineData("วัว")]
    [InlineData("วัคซีนวัว")] // the table's โค for วัว, glued after วัคซีน, ran on into วัคซีนโควิด in the bigram view
    public void Cattle_does_not_list_the_covid_vaccine_letter(string query)
    {
        var response = site.Search(query);
        Assert.True(response.Approximate || response.Hits.All(hit => Site.Slug(hit) != Hospital), query);
    }

    /// <summary>The fixture's content copied to a temp site, built with its index once for every test.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TestSite _site = new();
        private readonly CircularSearcher _searcher;

        public Site()
        {
            var from = Path.Combine(RepositoryRoot.Path, "tests", "GeccPortal.Generator.Tests", "Fixtures", "SearchProbe10", "content");
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
