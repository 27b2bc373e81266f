using GeccPortal.Generator.Cli;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Cli;

/// <summary>The editors' commands through the real command line: output, exit codes, files written.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _site.Dispose();

    private Task<int> Run(params string[] args) => GeccCli.RunAsync(args, new CliConsole(_out, _error));

    [Fact]
    public async Task Build_writes_the_site_and_the_index_and_exits_0()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        var exit = await Run("build", "--content", _site.ContentDirectory, "--output", _site.OutputDirectory, "--index", _site.IndexDirectory);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("build: 1 circular(s), 0 page(s), 0 warning(s)", _out.ToString());
        Assert.True(_site.OutputExists("circulars/a/index.html"));
        Assert.True(File.Exists(Path.Combine(_site.IndexDirectory, "CURRENT")));
    }

    [Fact]
    public async Task Bad_content_prints_every_problem_without_a_stack_trace_and_exits_1()
    {
        _site.WithCircular("content/circulars/a.md", "ไม่ใช่เลข", "ไม่ใช่วัน", "เรื่อง");
        var exit = await Run("check", "--content", _site.ContentDirectory);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        // The content folder lies outside the working folder: its files are named in full, so a terminal opens them.
        Assert.StartsWith(_site.ContentDirectory + "/circulars/a.md:2:1: error: malformed ref", lines[0]);
        Assert.StartsWith(_site.ContentDirectory + "/circulars/a.md:3:1: error: invalid date", lines[1]);
        Assert.Equal("check failed: 2 error(s), 0 warning(s); nothing was written", lines[2]);
        Assert.DoesNotContain("   at ", _error.ToString());
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("new", "--title", "ไม่มีเลขที่")]
    [InlineData("serve", "--port", "eighty")]
    public async Task Usage_mistakes_exit_2(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await Run(args));
        Assert.Contains("--help", _error.ToString());
    }

    [Fact]
    public async Task Missing_content_folder_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, await Run("check", "--content", Path.Combine(_site.Root, "nowhere")));
        Assert.Contains("content folder", _error.ToString());
    }

    [Theory]
    [InlineData("build", "--output")]
    [InlineData("check", "--content")]
    [InlineData("new", "--ref")]
    [InlineData("serve", "--port")]
    public async Task Every_command_has_help(string command, string option)
    {
        Assert.Equal(ExitCodes.Ok, await Run(command, "--help"));
        Assert.Contains(option, _out.ToString());
    }

    [Fact]
    public async Task New_scaffolds_a_draft_with_every_key_that_passes_check()
    {
        var exit = await Run("new", "--ref", "มท ๐๘๑๐.๓/ว ๙๙", "--title", "ประชุม: ทดสอบ \"ใหม่\"", "--content", _site.ContentDirectory);

        Assert.Equal(ExitCodes.Ok, exit);
        var folder = Directory.GetDirectories(Path.Combine(_site.ContentDirectory, "circulars")).Single();
        Assert.Matches(@"^\d{4}-0810-3-w99$", Path.GetFileName(folder));
        var text = File.ReadAllText(Path.Combine(folder, "index.md"));
        foreach (var key in GeccPortal.Generator.Content.CircularFrontMatter.Keys)
        {
            Assert.Matches($"(?m)^{key}:", text);
        }

        Assert.Contains("จึงเรียนมาเพื่อโปรดพิจารณา", text);
        var check = await _site.CheckAsync();
        Assert.True(check.Succeeded, string.Join('\n', TestSite.Messages(check)));
        Assert.Empty(check.Site!.Circulars);

        File.WriteAllText(Path.Combine(folder, "index.md"), text.Replace("draft: true", "draft: false"));
        var published = await _site.CheckAsync();
        Assert.Equal("ประชุม: ทดสอบ \"ใหม่\"", Assert.Single(published.Site!.Circulars).Title);
    }

    [Fact]
    public async Task New_with_an_orders_number_under_its_heading_scaffolds_an_order_of_that_issuer_that_passes_check()
    {
        var exit = await Run("new", "--ref", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "--title", "แต่งตั้งคณะกรรมการ", "--content", _site.ContentDirectory);

        Assert.Equal(ExitCodes.Ok, exit);
        var folder = Directory.GetDirectories(Path.Combine(_site.ContentDirectory, "circulars")).Single();
        Assert.Equal("2568-order-123", Path.GetFileName(folder));
        var text = File.ReadAllText(Path.Combine(folder, "index.md"));
        Assert.Contains("\ntype: order ", text, StringComparison.Ordinal);
        Assert.Contains("\nissuer: \"จังหวัดนครพนม\"\n", text, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "index.md"), text.Replace("draft: true", "draft: false"));
        var check = await _site.CheckAsync();
        Assert.True(check.Succeeded, string.Join('\n', TestSite.Messages(check)));
        Assert.Empty(TestSite.Messages(check));
        Assert.Equal("คำสั่งจังหวัดนครพนมที่123/2568", Assert.Single(check.Site!.Circulars).Ref?.Normalized);
    }

    [Theory]
    [InlineData("build", "--output")]
    [InlineData("build", "--index")]
    public async Task A_folder_to_write_that_is_the_file_systems_root_is_a_usage_error(string command, string option)
    {
        // Site probe 9: '--output /' failed as a bug in gecc (exit 70).
        Assert.Equal(ExitCodes.Usage, await Run(command, "--content", _site.ContentDirectory, option, "/"));
        Assert.Contains($"{option} '/' is the root of the file system: name a folder of its own", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // Site probe 9: check offered the ref written right, new only the general example.
    [InlineData("มท 0810.3\\ว 99", "; did you mean มท 0810.3/ว 99? the slash is '/': --ref \"มท 0810.3/ว 99\"")]
    [InlineData("มท ๐๘๑๐.๓/ว ๙๙ ลงวันที่ ๑ มกราคม ๒๕๖๘", "; it ends with the letter's date: --ref \"มท ๐๘๑๐.๓/ว ๙๙\"")]
    public async Task New_with_a_slip_in_the_ref_offers_the_ref_meant(string typed, string offer)
    {
        Assert.Equal(ExitCodes.Usage, await Run("new", "--ref", typed, "--title", "ประชุม", "--content", _site.ContentDirectory));
        Assert.EndsWith(offer, _error.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_bodys_order_of_the_same_number_takes_the_next_free_slug()
    {
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "--title", "หนึ่ง", "--content", _site.ContentDirectory));
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘", "--title", "สอง", "--content", _site.ContentDirectory));

        var folders = Directory.GetDirectories(Path.Combine(_site.ContentDirectory, "circulars")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["2568-order-123", "2568-order-123-2"], folders);
        Assert.Contains("\nissuer: \"จังหวัดสกลนคร\"\n", File.ReadAllText(Path.Combine(_site.ContentDirectory, "circulars", "2568-order-123-2", "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_with_a_spaced_heading_keeps_its_spaces_in_the_issuer()
    {
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "--title", "แต่งตั้ง", "--content", _site.ContentDirectory));

        var folder = Directory.GetDirectories(Path.Combine(_site.ContentDirectory, "circulars")).Single();
        var text = File.ReadAllText(Path.Combine(folder, "index.md"));
        Assert.Contains("\nissuer: \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต 1\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_with_a_number_alone_says_to_give_its_heading()
    {
        Assert.Equal(ExitCodes.Usage, await Run("new", "--ref", "ที่ ๑๒๓/๒๕๖๘", "--title", "แต่งตั้ง", "--content", _site.ContentDirectory));
        Assert.Contains("has no agency letters: give an order's or announcement's number with its heading", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_lists_every_contact_key_fax_included_under_contact()
    {
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "มท ๐๘๑๐.๓/ว ๙๙", "--title", "ทดสอบ", "--content", _site.ContentDirectory));

        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(_site.ContentDirectory, "circulars"), "index.md", SearchOption.AllDirectories).Single());
        var contact = text[text.IndexOf("\ncontact:\n", StringComparison.Ordinal)..];
        foreach (var key in GeccPortal.Generator.Content.ContactEntry.Keys)
        {
            Assert.Matches($"^\\ncontact:\\n(  [a-z]+:.*\\n)*  {key}:", contact);
        }

        Assert.Contains("  fax:  # โทรสาร\n", text);
    }

    [Fact]
    public async Task New_takes_an_orders_number_below_ten_as_check_does()
    {
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "นพ ๑/๒๕๖๘", "--title", "คำสั่งแรก", "--content", _site.ContentDirectory));

        var folder = Directory.GetDirectories(Path.Combine(_site.ContentDirectory, "circulars")).Single();
        Assert.Matches(@"^\d{4}-1-2568$", Path.GetFileName(folder));
        var check = await _site.CheckAsync();
        Assert.True(check.Succeeded, string.Join('\n', TestSite.Messages(check)));
    }

    [Fact]
    public async Task New_refuses_a_malformed_ref_and_an_existing_slug()
    {
        Assert.Equal(ExitCodes.Usage, await Run("new", "--ref", "ไม่ใช่เลขที่", "--title", "x", "--content", _site.ContentDirectory));
        Assert.Equal(ExitCodes.Ok, await Run("new", "--ref", "มท 0001/1", "--title", "x", "--slug", "taken", "--content", _site.ContentDirectory));
        Assert.Equal(ExitCodes.Usage, await Run("new", "--ref", "มท 0001/2", "--title", "y", "--slug", "taken", "--content", _site.ContentDirectory));
        Assert.Contains("already exists", _error.ToString());
    }

    [Fact]
    public async Task Output_that_cannot_be_written_is_one_line_not_a_stack_trace()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง")
            .With("blocker", "a file where the output's parent folder should be");
        var output = Path.Combine(_site.Root, "blocker", "_site");

        var exit = await Run("build", "--content", _site.ContentDirectory, "--output", output, "--index", _site.IndexDirectory);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.StartsWith("error: ", _error.ToString());
        Assert.DoesNotContain("   at ", _error.ToString());
    }

    [Fact]
    public async Task Base_url_option_gives_the_site_its_address_and_rebuilds_when_it_changes()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        string[] build = ["build", "--content", _site.ContentDirectory, "--output", _site.OutputDirectory, "--index", _site.IndexDirectory];

        Assert.Equal(ExitCodes.Ok, await Run([.. build, "--base-url", "https://example.go.th/gecc/"]));
        Assert.DoesNotContain("note:", _error.ToString());
        Assert.Contains("<loc>https://example.go.th/gecc/circulars/a/</loc>", _site.ReadOutput("sitemap.xml"));
        Assert.EndsWith("\nSitemap: https://example.go.th/gecc/sitemap.xml\n", _site.ReadOutput("robots.txt"));
        var page = _site.ReadOutput("circulars/a/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.go.th/gecc/circulars/a/\"", page);
        Assert.Contains("href=\"/gecc/assets/", page);

        // The same address again: nothing to do. Back to site.yml's path-only baseUrl: every page changes.
        Assert.Equal(ExitCodes.Ok, await Run([.. build, "--base-url", "https://example.go.th/gecc/"]));
        Assert.Contains("up to date", _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(ExitCodes.Ok, await Run(build));
        Assert.StartsWith("note: the site's address is the path '/', so sitemap.xml lists paths",
            _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Contains("<loc>/circulars/a/</loc>", _site.ReadOutput("sitemap.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n", _site.ReadOutput("robots.txt"));
        Assert.DoesNotContain("rel=\"canonical\"", _site.ReadOutput("circulars/a/index.html"));
    }

    [Theory]
    [InlineData("example.go.th")]
    [InlineData("ftp://example.go.th/")]
    [InlineData("")]
    [InlineData("https://example.go.th/gecc/?utm=1")]
    [InlineData("https://example.go.th/gecc/#top")]
    [InlineData("https://user:secret@example.go.th/")]
    [InlineData("/gecc?x=1")]
    [InlineData("//evil.example/")]
    public async Task A_base_url_that_is_neither_a_url_nor_a_path_is_a_usage_error(string baseUrl)
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");

        var exit = await Run("build", "--content", _site.ContentDirectory, "--output", _site.OutputDirectory, "--base-url", baseUrl);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"--base-url '{baseUrl}' must be", _error.ToString());
        Assert.False(_site.OutputExists("index.html"));
    }

    [Fact]
    public async Task Site_yml_base_url_is_still_checked_when_the_option_overrides_it()
    {
        using var site = new TestSite("title: ทดสอบ\nbaseUrl: gecc\ndigits: thai\n");
        site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");

        var exit = await Run("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--base-url", "https://example.go.th/");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.StartsWith(site.ContentDirectory + "/site.yml:2:1: error: baseUrl 'gecc' must be", _error.ToString());
    }
}
