using System.Globalization;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// Dates for machines (<c>&lt;time datetime&gt;</c>, <c>article:published_time</c>, JSON-LD, feeds, the
/// catalogs) are Gregorian ISO dates even where the build runs in a Thai culture, whose default calendar is
/// the Buddhist one: a date written 2568-01-07 would read as a date five centuries ahead.
/// </summary>
public sealed class MachineReadableDatesTests
{
    [Fact]
    public async Task A_build_in_a_thai_culture_writes_gregorian_machine_dates()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            using var site = new TestSite();
            site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่องทดสอบ");
            var result = await site.BuildAsync();
            Assert.True(result.Succeeded, string.Join("\n", TestSite.Messages(result)));

            var page = site.ReadOutput("circulars/a/index.html");
            Assert.Contains("datetime=\"2025-01-07\"", page);
            Assert.Contains("content=\"2025-01-07\"", page);
            Assert.Contains("\"datePublished\":\"2025-01-07\"", page);
            Assert.Contains("datetime=\"2025-01-07\"", site.ReadOutput("index.html"));
            Assert.DoesNotContain("2568-01-07", page + site.ReadOutput("index.html") + site.ReadOutput("feed.xml") + site.ReadOutput("catalog.json"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
