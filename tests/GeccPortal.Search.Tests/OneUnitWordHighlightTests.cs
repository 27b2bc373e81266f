using GeccPortal.Search.Indexing;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A one-syllable query word (ป่า, เผา) is found as a dictionary word inside a run of Thai (ไฟป่า, ห้ามเผา):
/// its hit says where, and the snippet marks it there.
/// </summary>
public sealed class OneUnitWordHighlightTests : IDisposable
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("ขอให้หน่วยงานถือปฏิบัติตามระเบียบโดยเคร่งครัด ", 8));

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ชม ๐๐๑๘.๒/ว ๙", new DateOnly(2025, 1, 15), "มาตรการควบคุมหมอกควัน",
            Filler + "จังหวัดจึงประกาศห้ามเผาในที่โล่งทุกชนิด และให้จัดตั้งศูนย์ควบคุมไฟป่าระดับอำเภอ"),
        Circulars.Make("ที่ ขก ๐๐๓๓/ว ๒", new DateOnly(2025, 1, 20), "แผนการเยี่ยมบ้าน", "ขอส่งแผนการเยี่ยมบ้านมาเพื่อทราบ",
            d => d with
            {
                Attachments = [new SearchAttachment("schedule.pdf", "files/schedule.pdf", "นัดหมายที่ศาลาวัดป่าแสงอรุณ ตำบลศิลา", false)],
            }),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_syllable_found_as_a_word_in_the_body_is_marked_there()
    {
        var hit = Assert.Single(_index.Search("เผา").Hits);

        Assert.Equal(["body"], hit.Matches);
        Assert.Contains("ห้าม<mark>เผา</mark>ในที่โล่ง", hit.Snippet);
    }

    [Fact]
    public void A_syllable_found_as_a_word_in_an_attachment_names_the_attachment()
    {
        var hits = _index.Search("ป่า").Hits;

        Assert.Equal(2, hits.Count);
        var body = hits.Single(hit => hit.Ref.Contains("ชม", StringComparison.Ordinal));
        Assert.Contains("body", body.Matches);
        Assert.Contains("ไฟ<mark>ป่า</mark>", body.Snippet);
        var attachment = hits.Single(hit => hit.Ref.Contains("ขก", StringComparison.Ordinal));
        Assert.Equal(["attachment:schedule.pdf"], attachment.Matches);
        Assert.Contains("วัด<mark>ป่า</mark>แสงอรุณ", attachment.Snippet);
    }
}
