using System.Text;

using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>Each content rule, with the exact <c>path:line:col: error|warning: message</c> it prints.</summary>
public sealed class ValidationMessageTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<IReadOnlyList<string>> Problems()
    {
        var result = await _site.CheckAsync();
        return TestSite.Messages(result);
    }

    [Fact]
    public async Task Missing_required_key_points_at_the_front_matter()
    {
        _site.With(Path, "---\ndate: 2025-01-07\ntitle: เรื่องทดสอบ\n---\nเนื้อความ\n");
        Assert.Equal([$"{Path}:2:1: error: missing required key 'ref'"], await Problems());
    }

    [Fact]
    public async Task Empty_required_key_points_at_the_key()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "  ");
        Assert.Equal([$"{Path}:4:1: error: required key 'title' is empty"], await Problems());
    }

    [Fact]
    public async Task Unknown_key_suggests_the_closest_known_key()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "urgncy: ด่วน");
        Assert.Equal([$"{Path}:5:1: error: unknown key 'urgncy' (did you mean 'urgency'?)"], await Problems());
    }

    [Fact]
    public async Task Unknown_key_inside_an_enclosure_is_named_with_its_list()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "enclosures:\n  - title: แบบตอบรับ\n    fiel: a.pdf");
        Assert.Equal([$"{Path}:7:5: error: unknown key 'fiel' in 'enclosures' (did you mean 'file'?)"], await Problems());
    }

    [Fact]
    public async Task Unreadable_date_is_an_error()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "next tuesday", "เรื่อง");
        Assert.Equal(
            [$"{Path}:3:1: error: invalid date: cannot read date 'next tuesday': write 2025-01-23 or ๒๓ มกราคม ๒๕๖๘"],
            await Problems());
    }

    [Fact]
    public async Task Impossible_date_is_an_error()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "๓๐ กุมภาพันธ์ ๒๕๖๘", "เรื่อง");
        Assert.Equal([$"{Path}:3:1: error: invalid date: '๓๐ กุมภาพันธ์ ๒๕๖๘' is not a real date: กุมภาพันธ์ 2568 has 28 days"], await Problems());
    }

    [Fact]
    public async Task Iso_year_in_buddhist_era_is_read_with_a_warning()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2568-01-07", "เรื่อง");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Path}:3:1: warning: year 2568 in '2568-01-07' read as Buddhist Era (2025 CE); write ISO dates in CE"],
            TestSite.Messages(result));
        Assert.Equal(new DateOnly(2025, 1, 7), result.Site!.Circulars[0].Date);
    }

    [Fact]
    public async Task Malformed_ref_is_an_error_with_an_example()
    {
        _site.WithCircular(Path, "หนังสือที่ 12", "2025-01-07", "เรื่อง");
        Assert.Equal(
            [$"{Path}:2:1: error: malformed ref 'หนังสือที่ 12': write agency letters, office number, '/', then the number, e.g. มท ๐๘๑๐.๓/ว ๗๖"],
            await Problems());
    }

    [Fact]
    public async Task Same_ref_in_the_same_year_is_a_duplicate_whatever_the_spelling()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง")
            .WithCircular("content/circulars/b.md", "ที่ มท0810.3/ว76", "2025-06-01", "สอง");
        Assert.Equal(
            ["content/circulars/b.md:2:1: error: duplicate ref 'มท0810.3/ว76' in พ.ศ. 2568 (2025): also used by content/circulars/a.md:2:1"],
            await Problems());
    }

    [Fact]
    public async Task Same_ref_in_another_year_is_not_a_duplicate()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๖", "2026-01-07", "สอง");
        Assert.Empty(await Problems());
    }

    [Fact]
    public async Task Two_circulars_at_one_slug_are_an_error()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง", "slug: same")
            .WithCircular("content/circulars/same/index.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-07", "สอง");
        Assert.Equal(
            ["content/circulars/same/index.md:1:1: error: duplicate slug 'same': also used by content/circulars/a.md:5:1"],
            await Problems());
    }

    [Fact]
    public async Task Tags_that_differ_only_in_case_or_punctuation_are_a_warning_naming_the_listed_spelling()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-07", "เก่า", "tags: [gecc, Covid 19]")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๒", "2025-03-07", "ใหม่", "tags: [GECC, covid-19]")
            .WithCircular("content/circulars/c.md", "มท ๐๘๑๐.๓/ว ๓", "2025-02-07", "กลาง", "tags: [gecc, ทุ\u0E48\u0E07]")
            // The same word with its vowel and tone mark typed in the other order: one spelling once repaired.
            .WithCircular("content/circulars/d.md", "มท ๐๘๑๐.๓/ว ๔", "2025-02-01", "ก่อน", "tags: [ทุ\u0E48\u0E07]")
            .WithCircular("content/circulars/e.md", "มท ๐๘๑๐.๓/ว ๕", "2025-01-02", "ต้น", "tags: [ท\u0E48\u0E38ง]");
        Assert.Equal(
            [
                "content/circulars/a.md:5:14: warning: tag 'Covid 19' shares one listing with 'covid-19' (content/circulars/b.md:5:14, the newest letter with it), which names it: a tag's address keeps only its letters and digits, case aside; spell the two alike, or rename one",
                // Each other spelling once, at the newest letter that has it.
                "content/circulars/c.md:5:8: warning: tag 'gecc' shares one listing with 'GECC' (content/circulars/b.md:5:8, the newest letter with it), which names it: a tag's address keeps only its letters and digits, case aside; spell the two alike, or rename one",
            ],
            await Problems());
    }

    [Fact]
    public async Task Slug_must_be_lower_case_ascii()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "slug: หนังสือ ๗๖");
        Assert.Equal([$"{Path}:5:1: error: slug 'หนังสือ ๗๖' must be lower-case ASCII letters, digits and '-'"], await Problems());
    }

    [Fact]
    public async Task Thai_file_name_without_slug_asks_for_one()
    {
        _site.WithCircular("content/circulars/หนังสือ.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง");
        Assert.Equal(
            ["content/circulars/หนังสือ.md:1:1: error: the name 'หนังสือ' cannot be a URL: add 'slug:' with lower-case ASCII letters, digits and '-', or rename the file"],
            await Problems());
    }

    [Fact]
    public async Task Missing_enclosure_file_points_at_its_file_key()
    {
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: แบบตอบรับ\n    file: missing.pdf");
        Assert.Equal(["content/circulars/a/index.md:7:5: error: enclosure file 'missing.pdf' not found; the folder has no attachments: put the file next to the Markdown file"], await Problems());
    }

    [Fact]
    public async Task Missing_enclosure_file_names_the_file_that_differs_only_in_capitals()
    {
        // Found on Windows and macOS, so the check passed there and failed on the build server (an editors' probe).
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "enclosures:\n  - title: กำหนดการ\n    file: schedule.pdf")
            .With("content/circulars/a/Schedule.PDF", "%PDF-1.4");
        Assert.Equal(
            ["content/circulars/a/index.md:7:5: error: enclosure file 'schedule.pdf' not found; the folder has 'Schedule.PDF', which differs in capital letters: write file: Schedule.PDF (the name must match exactly; Windows and macOS ignore capitals, the build server does not)"],
            await Problems());
    }

    [Fact]
    public async Task An_enclosure_path_written_the_windows_way_or_naming_a_folder_is_told_how_to_write_it()
    {
        // Site probe 9: both were "not found; the folder has …", though the file was there.
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "enclosures:\n  - title: แบบตอบรับ\n    file: attachments\\form.pdf\n  - title: ทั้งหมด\n    file: attachments")
            .With("content/circulars/a/attachments/form.pdf", "%PDF-1.4");
        Assert.Equal(
            [
                "content/circulars/a/index.md:7:5: error: enclosure file 'attachments\\form.pdf' not found; a folder's name is followed by '/', not '\\' (Windows' way, which the build server reads as part of the name): write file: attachments/form.pdf",
                "content/circulars/a/index.md:9:5: error: enclosure file 'attachments' not found; it is a folder, and an enclosure is one file: name each file, one enclosure for each (file: attachments/form.pdf)",
            ],
            await Problems());
    }

    [Fact]
    public async Task An_empty_item_of_a_list_is_left_out_with_a_warning()
    {
        // Site probe 9: an empty '-' under to: printed an empty bullet before the addressee.
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "to:\n  -\n  - นายอำเภอ\ntags:\n  - \n  - ไข้เลือดออก");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Path}:6:4: warning: an item of 'to' is empty: it is left out; delete its '-' line", $"{Path}:9:4: warning: an item of 'tags' is empty: it is left out; delete its '-' line"],
            TestSite.Messages(result));
        var page = new HtmlPage(_site.ReadOutput("circulars/a/index.html"));
        Assert.Equal("นายอำเภอ", page.Text(".to"));
        Assert.Empty(page.Document.QuerySelectorAll(".to li"));
    }

    [Fact]
    public async Task A_reference_or_enclosure_typed_as_a_text_alone_is_told_its_key()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "references:\n  - มท ๐๘๑๐.๓/ว ๗๐\n  - มติคณะรัฐมนตรี\nenclosures:\n  - สำเนาหนังสือ จำนวน ๑ ชุด");
        Assert.Equal(
            [
                $"{Path}:6:5: error: each item of 'references' is 'key: value' lines ('ref', 'date', 'title'), not a text alone: write - ref: มท ๐๘๑๐.๓/ว ๗๐",
                $"{Path}:7:5: error: each item of 'references' is 'key: value' lines ('ref', 'date', 'title'), not a text alone: write - title: มติคณะรัฐมนตรี",
                $"{Path}:9:5: error: each item of 'enclosures' is 'key: value' lines ('title', 'file', 'ref', 'date'), not a text alone: write - title: สำเนาหนังสือ จำนวน ๑ ชุด",
            ],
            await Problems());
    }

    [Fact]
    public async Task Missing_enclosure_file_lists_the_attachments_in_its_folder()
    {
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "enclosures:\n  - title: แบบตอบรับ\n    file: from.docx")
            .With("content/circulars/a/form.docx", "x")
            .With("content/circulars/a/budget.xlsx", "x")
            .With("content/circulars/a/.gitkeep", "");
        Assert.Equal(
            ["content/circulars/a/index.md:7:5: error: enclosure file 'from.docx' not found; the folder has budget.xlsx, form.docx"],
            await Problems());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../b/secret.pdf")]
    [InlineData("/etc/passwd")]
    public async Task Enclosure_file_outside_the_circulars_folder_is_refused(string file)
    {
        _site.With("content/circulars/b/secret.pdf", "secret")
            .WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                $"enclosures:\n  - title: แบบตอบรับ\n    file: {file}");
        Assert.Contains(
            $"content/circulars/a/index.md:7:5: error: enclosure file '{file}' is outside the circular's folder; keep attachments next to its Markdown file",
            await Problems());
    }

    [Fact]
    public async Task Enclosure_ref_that_names_no_circular_is_a_warning_and_plain_text()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "enclosures:\n  - title: สำเนาหนังสือ\n    ref: มท ๐๒๑๘.๑/ว ๑");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Path}:6:5: warning: enclosure ref 'มท ๐๒๑๘.๑/ว ๑' matches no published circular; it is shown as plain text"],
            TestSite.Messages(result));
        var page = _site.ReadOutput("circulars/a/index.html");
        Assert.Contains("<span class=\"circular-ref\">ที่ มท ๐๒๑๘.๑/ว ๑</span>", page);
    }

    [Fact]
    public async Task Citation_linked_to_a_letter_of_another_day_is_a_warning_naming_both_dates()
    {
        // Linked by ref and year, as a citation of the wrong day still names the letter; nothing else showed the slip.
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: ๓ มกราคม ๒๕๖๘\nenclosures:\n  - title: สำเนา\n    ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-02")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-02", "หนังสือที่อ้างถึง");
        Assert.Equal(
            ["content/circulars/a.md:6:5: warning: reference ref 'มท ๐๘๑๐.๓/ว ๑' links to the circular dated ๒ มกราคม ๒๕๖๘ (content/circulars/b.md), not ๓ มกราคม ๒๕๖๘ as its 'date' says: correct the date, or the ref if it names another letter"],
            await Problems());
    }

    [Fact]
    public async Task Reference_ref_that_names_only_a_draft_is_a_warning()
    {
        _site.WithCircular("content/circulars/a.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "references:\n  - ref: มท ๐๘๑๐.๓/ว ๑\n    date: 2025-01-02")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๑", "2025-01-02", "ร่าง", "draft: true");
        Assert.Equal(
            ["content/circulars/a.md:6:5: warning: reference ref 'มท ๐๘๑๐.๓/ว ๑' matches no published circular; it is shown as plain text"],
            await Problems());
    }

    [Fact]
    public async Task Classified_circular_fails_the_build_and_nothing_is_written()
    {
        _site.WithCircular("content/circulars/open.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เปิดเผย")
            .WithCircular("content/circulars/secret.md", "มท ๐๘๑๐.๓/ว ๗๗", "2025-01-07", "เรื่องลับเฉพาะ", "classification: ลับ",
                "ข้อความลับที่ห้ามเผยแพร่");
        var result = await _site.BuildAsync(withIndex: true);
        Assert.False(result.Succeeded);
        Assert.Equal(
            ["content/circulars/secret.md:5:1: error: classified circular (ลับ): classified letters are never published; remove this file from content/"],
            TestSite.Messages(result));
        Assert.False(Directory.Exists(_site.OutputDirectory));
        Assert.False(Directory.Exists(_site.IndexDirectory));
    }

    [Fact]
    public async Task Invalid_yaml_reports_the_parsers_line_and_column()
    {
        _site.With(Path, "---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: \"ไม่ปิดเครื่องหมายคำพูด\n---\nเนื้อความ\n");
        var problems = await Problems();
        var problem = Assert.Single(problems);
        Assert.StartsWith($"{Path}:4:8: error: invalid YAML: ", problem);
    }

    [Fact]
    public async Task File_that_is_not_utf8_points_at_the_first_bad_byte()
    {
        var head = Encoding.UTF8.GetBytes("---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: เรื่อง\n---\nab");
        byte[] tis620 = [0xC3, 0xD2, 0xC2, 0xA7, 0xD2, 0xB9, 0x0A]; // รายงาน in TIS-620
        _site.With(Path, [.. head, .. tis620]);
        Assert.Equal(
            [$"{Path}:6:3: error: file is not UTF-8 (byte 0xC3); its Thai is in the older Windows-874 / TIS-620 encoding (Notepad's 'ANSI'): open it and save it again with the encoding UTF-8"],
            await Problems());
    }

    [Fact]
    public async Task File_in_another_encoding_that_is_not_thai_is_asked_for_utf8()
    {
        var head = Encoding.UTF8.GetBytes("---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\ntitle: Caf");
        byte[] windows1252 = [0xE9, 0x20, 0x93, 0x61, 0x94, 0x0A, .. Encoding.UTF8.GetBytes("---\nab\n")]; // é “a” in Windows-1252
        _site.With(Path, [.. head, .. windows1252]);
        Assert.Equal([$"{Path}:4:11: error: file is not UTF-8 (byte 0xE9); save it as UTF-8"], await Problems());
    }

    [Fact]
    public async Task File_without_front_matter_is_an_error()
    {
        _site.With(Path, "เนื้อความอย่างเดียว\n");
        Assert.Equal(
            [$"{Path}:1:1: error: missing front matter: the file must open with a '---' line, then 'key: value' lines, then '---'"],
            await Problems());
    }

    [Fact]
    public async Task An_addressee_indented_under_another_is_warned_at_as_one_addressee()
    {
        // Site probe 11: YAML reads the indented '- ทุกอำเภอ' as more words of the item above.
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "to:\n  - นายอำเภอ\n    - ทุกอำเภอ\n  - ปลัดจังหวัด\n");
        Assert.Equal(
            [$"{Path}:6:5: warning: to 'นายอำเภอ - ทุกอำเภอ' reads as one addressee: a '- ' line indented under another is part of it in YAML. "
                + "For two addressees, start each '- ' at the same indent ('- นายอำเภอ' and '- ทุกอำเภอ')"],
            await Problems());
    }

    [Theory]
    [InlineData("type: คำสั่ง", "order", null)]
    [InlineData("type: บันทึกข้อความ", "internal", null)]
    [InlineData("type: หนังสือภายนอก", "external", null)]
    [InlineData("type: ประทับตรา", "sealed", null)]
    [InlineData("type: External", "external", null)]
    [InlineData("urgency: ด่วน ที่สุด", "external", "ด่วนที่สุด")]
    public async Task A_type_by_its_thai_name_or_an_urgency_typed_with_a_space_is_read_as_meant(string line, string type, string? urgency)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", line);
        var result = await _site.BuildAsync();
        Assert.Empty(TestSite.Messages(result));
        var circular = Assert.Single(result.Site!.Circulars);
        Assert.Equal((type, urgency), (circular.Type, circular.Urgency));
    }

    [Fact]
    public async Task Tags_written_on_one_line_with_commas_are_separate_tags()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "tags: ไฟป่า, หมอกควัน,PM2.5");
        var result = await _site.BuildAsync();
        Assert.Equal(["ไฟป่า", "หมอกควัน", "PM2.5"], Assert.Single(result.Site!.Circulars).Tags);
    }

    [Fact]
    public async Task Unknown_type_and_urgency_list_the_allowed_words()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "type: memo\nurgency: ด่วนจี๋");
        Assert.Equal(
            [
                // With the Thai names each stands for (site probe 10: type: ระเบียบ was told the keys alone).
                $"{Path}:5:1: error: unknown type 'memo': use one of external (หนังสือภายนอก), internal (หนังสือภายใน, บันทึกข้อความ), order (คำสั่ง), "
                    + "announcement (ประกาศ), directive (หนังสือสั่งการ: a ระเบียบ, ข้อบังคับ or instruction sent round on the external letter's form), "
                    + "sealed (หนังสือประทับตรา, ประทับตรา), statement (แถลงการณ์), news (ข่าว)",
                $"{Path}:6:1: error: unknown urgency 'ด่วนจี๋': use one of ด่วนที่สุด, ด่วนมาก, ด่วน",
            ],
            await Problems());
    }

    [Fact]
    public async Task Value_of_the_wrong_shape_is_an_error()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "draft: maybe\nsigner: นายหนึ่ง");
        Assert.Equal(
            [
                $"{Path}:5:1: error: 'draft' must be true or false, not 'maybe'",
                $"{Path}:6:1: error: 'signer' must be a mapping of 'name', 'position'",
            ],
            await Problems());
    }

    [Fact]
    public async Task Every_problem_of_every_file_is_reported_in_one_run()
    {
        _site.WithCircular("content/circulars/a.md", "ไม่ใช่เลขที่", "2025-01-07", "หนึ่ง")
            .WithCircular("content/circulars/b.md", "มท ๐๘๑๐.๓/ว ๗๗", "ไม่ใช่วันที่", "สอง", "titel: x");
        var problems = await Problems();
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("content/circulars/a.md:2:1: error: malformed ref", problems[0]);
        Assert.StartsWith("content/circulars/b.md:3:1: error: invalid date", problems[1]);
        Assert.StartsWith("content/circulars/b.md:5:1: error: unknown key 'titel'", problems[2]);
    }

    [Fact]
    public async Task A_tab_in_an_indent_is_reported_at_its_own_line_and_column()
    {
        // YamlDotNet marks where the mapping starts (line 2); the editor needs the tab's line.
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "signer:\n  name: นายหนึ่ง\n \tposition: ปลัด");
        Assert.Equal([$"{Path}:7:2: error: invalid YAML: a tab indents this line; indent with spaces only"], await Problems());
    }

    [Fact]
    public async Task A_letter_citing_its_own_ref_and_date_is_warned_about_at_the_citation()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
            "references:\n  - ref: มท ๐๘๑๐.๓/ว ๗๖\n    date: 2025-01-07\n  - ref: มท ๐๘๑๐.๓/ว ๗๖\n    date: 2024-01-07");
        // The same number of another year is another letter (not published here, which is reported apart).
        Assert.Equal(
            [$"{Path}:6:5: warning: cites the circular's own ref 'มท0810.3/ว76': a letter cites other letters; check the ref (and date) meant"],
            (await Problems()).Where(problem => problem.Contains("cites", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_date_with_a_two_digit_year_is_published_with_a_warning_at_its_line()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "๗ ม.ค. ๖๘", "เรื่อง");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Equal([$"{Path}:3:1: warning: year '68' in '๗ ม.ค. ๖๘' read as 2568; write the year in full"], TestSite.Messages(result));
        Assert.Equal(new DateOnly(2025, 1, 7), Assert.Single(result.Site!.Circulars).Date);
    }

    [Fact]
    public async Task Duplicate_key_is_invalid_yaml_at_the_second_key()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง", "title: สอง");
        Assert.Equal([$"{Path}:5:1: error: invalid YAML: 'title' is written a second time here, in the same block; keep one of the two"], await Problems());
    }

    [Fact]
    public async Task Attachment_may_not_take_the_name_of_the_page()
    {
        _site.With("content/circulars/a/index.html", "<script>")
            .WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง",
                "enclosures:\n  - title: หน้า\n    file: INDEX.html");
        Assert.Equal(
            ["content/circulars/a/index.md:7:5: error: enclosure file 'INDEX.html' would replace the circular's own page; rename it"],
            await Problems());
    }

    [Fact]
    public async Task Windows_line_endings_and_a_byte_order_mark_are_read_like_any_file()
    {
        var text = TestSite.CircularText("มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "to: ผู้ว่าราชการจังหวัด", "สำนักงานปลัด\nสำนักนายกรัฐมนตรี")
            .Replace("\n", "\r\n", StringComparison.Ordinal);
        _site.With(Path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Messages(result)));
        Assert.Equal(["ผู้ว่าราชการจังหวัด"], result.Site!.Circulars[0].To);
        Assert.Equal("สำนักงานปลัดสำนักนายกรัฐมนตรี", result.Site.Circulars[0].Body.PlainText);
    }

    [Fact]
    public async Task Empty_front_matter_reports_each_missing_key()
    {
        _site.With(Path, "---\n---\nเนื้อความ\n");
        Assert.Equal(
            [
                $"{Path}:2:1: error: missing required key 'ref'",
                $"{Path}:2:1: error: missing required key 'date'",
                $"{Path}:2:1: error: missing required key 'title'",
            ],
            await Problems());
    }

    [Fact]
    public async Task Front_matter_that_is_not_key_value_lines_is_an_error()
    {
        _site.With(Path, "---\n- ref\n- date\n---\nเนื้อความ\n");
        Assert.Equal([$"{Path}:2:1: error: expected 'key: value' lines"], await Problems());
    }

    [Fact]
    public async Task Site_settings_are_checked()
    {
        using var site = new TestSite("title: ทดสอบ\nbaseUrl: gecc\ndigits: roman\n");
        var result = await site.CheckAsync();
        Assert.Equal(
            [
                "content/site.yml:2:1: error: baseUrl 'gecc' must be a path such as /gecc/ or an http(s) URL such as https://example.go.th/gecc/, with no query, fragment or user name",
                "content/site.yml:3:1: error: unknown digits 'roman': use one of thai, arabic",
            ],
            TestSite.Messages(result));
    }

    [Theory]
    [InlineData("https://example.go.th/gecc/?utm=1")]
    [InlineData("//evil.example/")]
    public async Task A_base_url_with_a_query_or_another_host_is_an_error(string baseUrl)
    {
        using var site = new TestSite($"title: ทดสอบ\nbaseUrl: '{baseUrl}'\ndigits: thai\n");
        var result = await site.CheckAsync();
        Assert.StartsWith($"content/site.yml:2:1: error: baseUrl '{baseUrl}' must be", Assert.Single(TestSite.Messages(result)));
    }
}
