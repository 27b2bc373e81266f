using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>A circular's agency letters that content/agencies.yml does not list: a warning at its ref line.</summary>
public sealed class AgencyCodeTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Letters_missing_from_agencies_yml_are_a_warning_at_the_ref_naming_them()
    {
        _site.WithCircular(Path, "ที่ มห ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Path}:2:1: warning: agency letters 'มห' of ref 'ที่ มห ๐๘๑๐.๓/ว ๗๖' are not in content/agencies.yml: check the letters, or add a line 'มห: <the agency's Thai name>' there"],
            TestSite.Messages(result));
    }

    [Theory]
    [InlineData("มท ๐๘๑๐.๓/ว ๗๖")]
    [InlineData("ม.ท. ๐๘๑๐.๓/ว ๗๖")]
    public async Task Listed_letters_are_no_warning(string reference)
    {
        _site.WithCircular(Path, reference, "2025-01-07", "เรื่อง");
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task An_order_under_its_heading_and_an_unnumbered_announcement_have_no_letters_to_check()
    {
        _site.WithCircular(Path, "ที่ ๑๒๓/๒๕๖๘", "2025-02-10", "แต่งตั้งคณะกรรมการ", "type: order\nissuer: จังหวัดนครพนม")
            .With("content/circulars/b.md", "---\ndate: 2025-02-10\ntitle: ประกาศรับสมัคร\ntype: announcement\nissuer: จังหวัดนครพนม\n---\nข้อความ\n");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Messages(result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# no agencies yet\n")]
    public async Task Without_agencies_listed_nothing_is_checked(string agencies)
    {
        _site.With("content/agencies.yml", agencies).WithCircular(Path, "มห ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task Without_an_agencies_file_nothing_is_checked()
    {
        _site.WithCircular(Path, "มห ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        File.Delete(System.IO.Path.Combine(_site.ContentDirectory, "agencies.yml"));
        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }
}
