using GeccPortal.Search.Indexing;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>The snippet comes from the text holding the most of the query's words; the body when it holds as many as any.</summary>
public sealed class SnippetSourceTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๔๑๑/ว ๓", new DateOnly(2024, 9, 12), "การรณรงค์ให้วัคซีน",
            "ให้วัคซีนแก่เด็กอายุ ๖ เดือนถึง ๒ ปี และผู้สูงอายุ รายละเอียดตามสิ่งที่ส่งมาด้วย",
            d => d with
            {
                Attachments = [new SearchAttachment("guideline.txt", "files/guideline.txt",
                    "แนวทางการเก็บรักษาวัคซีน ให้เก็บที่อุณหภูมิ ๒ - ๘ องศาเซลเซียส ห้ามแช่แข็ง", false)],
            }),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void An_attachment_holding_every_word_gives_the_snippet_over_a_body_holding_one()
    {
        var hit = Assert.Single(_index.Search("2 - 8 องศา").Hits);

        Assert.Equal(["body", "attachment:guideline.txt"], hit.Matches);
        Assert.Contains("<mark>๒</mark> - <mark>๘</mark> <mark>องศา</mark>", hit.Snippet);
    }

    [Fact]
    public void The_body_gives_the_snippet_when_it_holds_as_many_words()
    {
        var hit = Assert.Single(_index.Search("วัคซีน").Hits);

        Assert.Contains("ให้<mark>วัคซีน</mark>แก่เด็ก", hit.Snippet);
    }
}
