using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An office's abbreviation typed with its place (<c>สสจ.ขอนแก่น</c>, probe 6): the province's order naming the place in
/// its title and the office's words the other way round (…สาธารณสุขจังหวัดขอนแก่น หัวหน้าสำนักงาน…) came first, above
/// the office's own letter.
/// </summary>
public sealed class AbbreviationWithPlaceTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ขก ๐๐๓๓.๐๐๒/ว ๔๕๑", new DateOnly(2025, 1, 21), "การเฝ้าระวังและป้องกันผลกระทบต่อสุขภาพจากฝุ่นละออง",
            "สำนักงานสาธารณสุขจังหวัดขอนแก่นขอให้หน่วยบริการสาธารณสุขเตรียมความพร้อมจัดตั้งห้องปลอดฝุ่น",
            d => d with { Url = "circulars/office/" }),
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๕๐๒", new DateOnly(2025, 2, 7), "แต่งตั้งคณะทำงานป้องกันและแก้ไขปัญหาหมอกควัน จังหวัดขอนแก่น",
            "ประกอบด้วย นายแพทย์สาธารณสุขจังหวัดขอนแก่น หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่น เป็นคณะทำงาน",
            d => d with { Url = "circulars/province/" }),
        Circulars.Make("ที่ ชม ๐๐๓๓.๐๐๒/ว ๖๑๐", new DateOnly(2025, 3, 7), "การประชุมคณะทำงานป้องกันไฟป่า",
            "ขอเชิญผู้แทนสำนักงานสาธารณสุขจังหวัดเชียงใหม่เข้าร่วมประชุมคณะทำงาน",
            d => d with { Url = "circulars/meeting/" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("สสจ.ขอนแก่น")]
    [InlineData("สสจ. ขอนแก่น")]
    [InlineData("สสจ ขอนแก่น")]
    public void The_offices_own_letter_comes_first(string typed)
    {
        Assert.Equal(["circulars/office/"], _index.Search(typed).Hits.Select(hit => hit.Url));
    }

    [Fact]
    public void An_offices_full_name_is_not_found_as_its_halves_the_other_way_round()
    {
        var urls = _index.Search("สำนักงานสาธารณสุขจังหวัด").Hits.Select(hit => hit.Url).ToList();
        Assert.DoesNotContain("circulars/province/", urls);
        Assert.Contains("circulars/meeting/", urls);
    }
}
