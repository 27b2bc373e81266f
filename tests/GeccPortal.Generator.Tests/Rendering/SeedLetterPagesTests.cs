using System.Text.Json;

using GeccPortal.Generator.Build;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// Golden test of the repository's own content/: the seed's three letters (a forwarding chain) rendered as
/// letters. Asserts on structure and key text rather than whole files, so design changes do not break it.
/// </summary>
public sealed class SeedLetterPagesTests : IClassFixture<SeedLetterPagesTests.BuiltSeed>
{
    private const string NakhonPhanom = "นพ0023.3/ว274";
    private const string Dla = "มท0810.3/ว76";
    private const string Memo = "มท0218.1/ว131122";

    private readonly BuiltSeed _seed;

    public SeedLetterPagesTests(BuiltSeed seed) => _seed = seed;

    [Fact]
    public void Seed_builds_without_problems()
    {
        Assert.True(_seed.Result.Succeeded);
        Assert.Empty(_seed.Result.Diagnostics);
        Assert.Equal([NakhonPhanom, Memo, Dla], _seed.Urls.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nakhon_phanom_letter_reads_in_printed_order()
    {
        var page = _seed.Page(NakhonPhanom);
        Assert.Equal("th", page.Document.DocumentElement.GetAttribute("lang"));
        page.AssertInOrder(".letter .urgency", ".letter-head .ref", ".letter-head .issuer", ".letter-head .date", "h1.title",
            ".letter-fields .to", ".letter-fields .enclosures", ".letter-body", ".letter-signature", ".letter-contact");
        Assert.Equal("ด่วนที่สุด", page.Text(".letter .urgency"));
        Assert.Equal("urgency urgency-3", page.One(".letter .urgency").ClassName);
        Assert.Equal("หนังสือภายนอก", page.Text(".letter .type"));
        Assert.Equal("ที่ นพ ๐๐๒๓.๓/ว ๒๗๔", page.Text(".letter-head .ref"));
        Assert.Equal("ศาลากลางจังหวัดนครพนมถนนอภิบาลบัญชา นพ. ๔๘๐๐๐", page.Text(".letter-head .issuer"));
        Assert.Equal("๒๓ มกราคม ๒๕๖๘", page.Text(".letter-head .date"));
        Assert.Equal("การขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", page.Text("h1.title"));
        // The seed spells องคํการ (a stray nikhahit); the page shows องค์การ.
        Assert.Equal("นายอำเภอทุกอำเภอ นายกองค์การบริหารส่วนจังหวัดนครพนม และนายกเทศมนตรีเมืองนครพนม", page.Text(".letter-fields .to"));
        Assert.Equal(_seed.Urls[Dla], page.One(".enclosures a.circular-link").GetAttribute("href"));
        Assert.Contains("ที่ มท ๐๘๑๐.๗/ว ๗๖ ลงวันที่ ๙ มกราคม ๒๕๖๘", page.Text(".enclosures .enclosure-title"));
        Assert.Equal(3, page.Document.QuerySelectorAll(".letter-body p").Length);
        Assert.Equal("ขอแสดงความนับถือ", page.Text(".letter-signature .closing"));
        Assert.Equal("(ว่าที่ร้อยตรี รยรุ่ง ไครบุตร)", page.Text(".signer-name"));
        Assert.Equal("โทร. ๐ ๔๒๕๑ ๕๗๒๐", page.Text(".contact-phone"));
        Assert.Empty(page.Document.QuerySelectorAll(".cited-by"));
    }

    [Fact]
    public void Dla_letter_joins_its_hard_wrapped_thai_lines_and_links_both_ways()
    {
        var page = _seed.Page(Dla);
        var body = page.Text(".letter-body");
        Assert.Contains("สำนักงานปลัดสำนักนายกรัฐมนตรี", body);
        Assert.Contains("โดยมีวัตถุประสงค์", body);
        Assert.Contains("ความเชื่อมั่นของประชาชน", body);
        Assert.Equal(_seed.Urls[Memo], page.One(".enclosures .enclosure-link a.circular-link").GetAttribute("href"));
        Assert.Equal([_seed.Urls[NakhonPhanom]], page.Document.QuerySelectorAll(".cited-by a.title").Select(a => a.GetAttribute("href")));
        Assert.Equal("saraban@dla.go.th", page.Text(".contact-email a"));
    }

    [Fact]
    public void Memo_is_laid_out_as_a_memo_with_an_enclosure_that_has_no_file()
    {
        var page = _seed.Page(Memo);
        Assert.Equal("หนังสือภายใน", page.Text(".letter .type"));
        Assert.Equal("บันทึกข้อความ", page.Text(".memo-heading"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter .urgency"));
        Assert.Empty(page.Document.QuerySelectorAll(".letter-signature .closing"));
        Assert.Equal("กระทรวงมหาดไทย สำนักงานปลัดกระทรวงมหาดไทย", page.Text(".memo-office .issuer"));
        Assert.Equal("โทร. ๐ ๒๖๒๒ ๐๙๖๐ มท. ๕๐๘๒๘", page.Text(".memo-office .contact-phone"));
        Assert.Equal("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒", page.Text(".memo-ref-date .ref"));
        Assert.Equal("๒๕ ธันวาคม ๒๕๖๗", page.Text(".memo-ref-date .date"));
        Assert.Equal("กำหนดการและแบบตอบรับ", page.Text(".memo-enclosures .enclosures"));
        Assert.Empty(page.Document.QuerySelectorAll(".enclosures a"));
        Assert.Equal("ปีงบประมาณ ๒๕๖๘", page.Text(".letter-facts dd"));
        Assert.Equal([_seed.Urls[Dla]], page.Document.QuerySelectorAll(".cited-by a.title").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Home_lists_the_latest_first_and_marks_the_most_urgent()
    {
        var home = new HtmlPage(_seed.Site.ReadOutput("index.html"));
        Assert.Equal([_seed.Urls[NakhonPhanom], _seed.Urls[Dla], _seed.Urls[Memo]],
            home.Document.QuerySelectorAll(".latest a.title").Select(a => a.GetAttribute("href")));
        Assert.Equal([_seed.Urls[NakhonPhanom], _seed.Urls[Dla]],
            home.Document.QuerySelectorAll(".most-urgent a.title").Select(a => a.GetAttribute("href")));
        Assert.All(home.Texts(".latest .excerpt"), excerpt => Assert.True(excerpt.Length <= 161, excerpt));
    }

    /// <summary>Builds the repository's content/ once for all tests of this class.</summary>
    public sealed class BuiltSeed : IAsyncLifetime
    {
        public TestSite Site { get; } = new();

        public BuildResult Result { get; private set; } = null!;

        /// <summary>Page URL of each circular, by normalised ref, read from catalog.json.</summary>
        public Dictionary<string, string> Urls { get; } = [];

        public HtmlPage Page(string normalizedRef) =>
            new(Site.ReadOutput(Urls[normalizedRef].TrimStart('/') + "index.html"));

        public async Task InitializeAsync()
        {
            var content = Path.Combine(RepositoryRoot.Path, "content");
            Result = await SiteBuild.RunAsync(new BuildOptions(content, Site.OutputDirectory, null));
            using var catalog = JsonDocument.Parse(Site.ReadOutput("catalog.json"));
            foreach (var circular in catalog.RootElement.GetProperty("circulars").EnumerateArray())
            {
                Urls[circular.GetProperty("normalizedRef").GetString()!] = circular.GetProperty("url").GetString()!;
            }
        }

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }
}
