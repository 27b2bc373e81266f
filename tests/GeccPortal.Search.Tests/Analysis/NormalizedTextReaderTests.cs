using GeccPortal.Search.Analysis;
using GeccPortal.Search.Tests.Support;

using Lucene.Net.Analysis;

namespace GeccPortal.Search.Tests.Analysis;

/// <summary>
/// The index normalises a text once and hands it to both views as a <see cref="NormalizedTextReader"/>: each view
/// must give exactly the tokens, offsets and positions it gives for the raw text.
/// </summary>
public sealed class NormalizedTextReaderTests
{
    public static TheoryData<string> Texts() => new()
    {
        "ประจํา ๒๕๖๘",                              // a PDF's sara am, Thai digits
        "นายกองคํการบริหาร",                         // repaired inside a word, offsets after it shift
        "จ.ส.อ.สมชาย ใจดี โทร. ๐ ๔๒๕๑ ๕๗๒๐",           // abbreviation dots, spaced digits
        "ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๑๔ มีนาคม ๒๕๖๘",   // a ref and a date
        "ระบบ e-GP และ Google Form",                 // Latin words and a hyphen
        "เปลี่ยนแปลง ส่งเสริม\nการ เรียนรู้",            // hard-wrapped Thai
        "ข้อ \ud800 ความ",                            // a lone surrogate
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Both_views_give_the_tokens_of_the_raw_text(string text)
    {
        Analyzer[] views = [new WordAnalyzer(), new GramAnalyzer(joinThaiAcrossSpace: true)];
        foreach (var view in views)
        {
            var expected = TokenAssert.Tokens(view, text);
            var normalized = NormalizedText.Create(text);
            Assert.Equal(expected, TokenAssert.Tokens(view, new NormalizedTextReader(normalized)));
        }
    }
}
