using System.Net;

using GeccPortal.Search.Querying;

using ICU4N.Text;

namespace GeccPortal.Search.Tests;

public class SnippetCutTests
{
    // Thai with no space for far more than a snippet's reach either side of the match.
    private const string Text =
        "ด้วยจังหวัดนครพนมได้รับแจ้งจากกรมส่งเสริมการปกครองท้องถิ่นว่ากระทรวงมหาดไทยโดยสำนักงานปลัดกระทรวงได้กำหนดเปิดรับสมัครบุคคลเพื่อคัดเลือกเป็นพนักงานจ้างตามภารกิจ"
        + "ขององค์กรปกครองส่วนท้องถิ่นจึงขอให้อำเภอแจ้งองค์กรปกครองส่วนท้องถิ่นในพื้นที่ทราบและถือปฏิบัติโดยเคร่งครัดทั้งนี้ให้รายงานผลการดำเนินงานให้จังหวัดทราบภายในกำหนด"
        + "เพื่อจะได้รวบรวมรายงานกรมส่งเสริมการปกครองท้องถิ่นต่อไปจึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไปด้วยขอแสดงความนับถือ";

    /// <summary>A match at each word of the text's middle puts the snippet's cuts at many places.</summary>
    [Fact]
    public void A_snippet_of_text_without_spaces_starts_and_ends_on_word_boundaries()
    {
        var boundaries = WordBoundaries(Text);
        var words = boundaries.Order().Zip(boundaries.Order().Skip(1)).Where(w => w.First >= 80 && w.Second <= Text.Length - 240).ToList();
        Assert.True(words.Count > 20);
        foreach (var (start, end) in words)
        {
            var snippet = SnippetBuilder.Build(Text, [(start, end)]);
            Assert.StartsWith("…", snippet);
            Assert.EndsWith("…", snippet);
            Assert.Contains("<mark>" + Text[start..end] + "</mark>", snippet);
            var shown = WebUtility.HtmlDecode(snippet.Replace("<mark>", "").Replace("</mark>", ""))[1..^1];
            var from = Text.IndexOf(shown, StringComparison.Ordinal);
            Assert.True(from > 0);
            Assert.True(boundaries.Contains(from), $"snippet for the word at {start} starts inside a word: {shown[..10]}");
            Assert.True(boundaries.Contains(from + shown.Length), $"snippet for the word at {start} ends inside a word: {shown[^10..]}");
        }
    }

    private static HashSet<int> WordBoundaries(string text)
    {
        var breaker = BreakIterator.GetWordInstance(new System.Globalization.CultureInfo("th"));
        breaker.SetText(text);
        var boundaries = new HashSet<int>();
        for (var b = breaker.First(); b != BreakIterator.Done; b = breaker.Next())
        {
            boundaries.Add(b);
        }

        return boundaries;
    }
}
