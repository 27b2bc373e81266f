using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Content;

/// <summary>The YAML slips editors make most, each reported in plain words at its line, with the fix.</summary>
public sealed class YamlSlipHintTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("title: ประกาศ: เรื่องการสอบ", "4:14", "the value holds ': ', which YAML reads as another key; put the value in quotes: title: \"ประกาศ: เรื่องการสอบ\"")]
    [InlineData("title: เรื่อง\nurgency:ด่วน", "5:1", "put a space after ':' (urgency: ด่วน)")]
    [InlineData("title: เรื่อง\nsigner:\n  name: นายหนึ่ง\n   position: ปลัด", "7:12", "this line is indented deeper than the line above it; keys of one block start in the same column")]
    [InlineData("title: \"เรื่อง\" ทดสอบ", "4:17", "text follows the closing quote; quote the whole value, with the other quote mark (') around it")]
    [InlineData("title: 'เรื่อง' ของ 'กรม'", "4:17", "text follows the closing quote; quote the whole value, with the other quote mark (\") around it")]
    [InlineData("title: \"เรื่อง ทดสอบ", "4:8", "this quote is never closed; end the value with the same quote mark on this line")]
    // Keys below it (site probe 9): the parser's own words named only "wrong indentation".
    [InlineData("title: \"การเบิกจ่ายค่าเช่าบ้าน\nto: หัวหน้าส่วนราชการ", "4:8", "this quote is never closed; end the value with the same quote mark on this line: title: \"การเบิกจ่ายค่าเช่าบ้าน\"")]
    [InlineData("title: *สำคัญ* เรื่อง", "4:16", "a value starting with '*' means something else in YAML; put it in quotes: title: \"*สำคัญ* เรื่อง\"")]
    [InlineData("title: @ทดสอบ", "4:8", "a value cannot start with '@'; put it in quotes: title: \"@ทดสอบ\"")]
    [InlineData("title: `ทดสอบ`", "4:8", "a value cannot start with '`'; put it in quotes: title: \"`ทดสอบ`\"")]
    // Word's curly quotes are not quotes to YAML: the fix is written with straight ones, without the curly pair.
    [InlineData("title: “โครงการ: ตำบลละหนึ่งผลิตภัณฑ์”", "4:16", "the value holds ': ', which YAML reads as another key, and its curly quotes (“ ”, as Word puts them in) are not quotes to YAML; type straight ones: title: \"โครงการ: ตำบลละหนึ่งผลิตภัณฑ์\"")]
    [InlineData("title: เรื่อง\nข้อความหลงมา", "5:1", "this line is not 'key: value'; indent a value that goes on under its key, or put body text after the closing ---")]
    [InlineData("title: เรื่อง\ntags:\n  - หนึ่ง\n  สอง", "7:3", "each item of a list starts with '- '")]
    [InlineData("title： เรื่อง", "4:1", "this line has a full-width colon '：'; type ':' followed by a space")]
    [InlineData("title: เรื่อง\nto: *ทุกอำเภอ", "5:5", "a value starting with '*' means a reference to another value in YAML; put the whole value in quotes (\"*…\")")]
    [InlineData("title: เรื่อง\nref: มท ๐๘๑๐.๓/ว ๗๗", "5:1", "'ref' is written a second time here, in the same block; keep one of the two")]
    [InlineData("title: เรื่อง\nsigner:\n  name: นายหนึ่ง\n  name: นายสอง", "7:3", "'name' is written a second time here, in the same block; keep one of the two")]
    public async Task A_slip_is_named_at_its_line_with_the_fix(string lines, string lineAndColumn, string hint)
    {
        _site.With(Path, $"---\nref: มท ๐๘๑๐.๓/ว ๗๖\ndate: 2025-01-07\n{lines}\n---\nเนื้อความ\n");

        var problems = TestSite.Messages(await _site.CheckAsync());

        Assert.Equal([$"{Path}:{lineAndColumn}: error: invalid YAML: {hint}"], problems);
    }

    [Fact]
    public async Task A_list_item_holding_colon_space_is_named_with_the_item_quoted()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "to:\n  - นายอำเภอ: ทุกอำเภอ\n  - นายกเทศมนตรี");

        Assert.Equal(
            [$"{Path}:6:5: error: each item of 'to' must be a single value; this one holds ': ', which YAML reads as a key: put it in quotes: - \"นายอำเภอ: ทุกอำเภอ\""],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_slip_with_no_hint_keeps_the_parsers_message()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนึ่ง", "%YAML 1.2");

        Assert.Equal(
            [$"{Path}:5:1: error: invalid YAML: While scanning a version directive, did not find preceding <document end>."],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task List_items_without_a_space_after_the_dash_are_warned_about()
    {
        // Valid YAML that means something else: one tag "-หนึ่ง -สอง".
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "tags:\n  -หนึ่ง\n  -สอง");

        Assert.Equal(
            [$"{Path}:6:3: warning: '-หนึ่ง' is read as text, not a list item; put a space after '-' to make a list (- หนึ่ง)"],
            TestSite.Messages(await _site.CheckAsync()));
    }

    [Fact]
    public async Task A_negative_number_a_dash_in_quotes_or_a_dashed_none_is_no_slip()
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "\"-ทดสอบ- เรื่อง\"", "tags:\n  - -1\n  - สอง\nto: -ไม่มี-");

        Assert.Empty(TestSite.Messages(await _site.CheckAsync()));
    }
}
