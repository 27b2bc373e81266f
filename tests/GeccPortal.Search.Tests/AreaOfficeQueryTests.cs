using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An office named with its province and area (probe 6: <c>สพป.ขก.1</c> found nothing): the province typed as its two ref
/// letters finds letters writing its name, its name finds letters writing the letters, and the area's number picks the area.
/// </summary>
public sealed class AreaOfficeQueryTests : IDisposable
{
    private const string AreaOneInFull = "ศธ04054/ว118";
    private const string AreaOneByCode = "ศธ04054/ว120";
    private const string AreaTwo = "ศธ04055/ว201";
    private const string Secondary = "ศธ04293/ว66";
    private const string OtherProvince = "ศธ04100/ว45";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ศธ ๐๔๐๕๔/ว ๑๑๘", new DateOnly(2025, 5, 20), "การคัดเลือกนักเรียนเข้าร่วมการแข่งขันทักษะวิชาการ",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑ ขอแจ้งโรงเรียนในสังกัดส่งรายชื่อนักเรียน"),
        Circulars.Make("ที่ ศธ ๐๔๐๕๔/ว ๑๒๐", new DateOnly(2025, 6, 20), "ขอเชิญครูเข้าร่วมอบรม",
            "ขอเชิญครูในสังกัด สพป.ขก.๑ เข้าร่วมอบรมการจัดการเรียนรู้เชิงรุก"),
        Circulars.Make("ที่ ศธ ๐๔๐๕๕/ว ๒๐๑", new DateOnly(2025, 5, 22), "การประเมินคุณภาพผู้เรียน",
            "สพป.ขอนแก่น เขต ๒ แจ้งกำหนดการประเมินคุณภาพผู้เรียนชั้นประถมศึกษาปีที่ ๑"),
        Circulars.Make("ที่ ศธ ๐๔๒๙๓/ว ๖๖", new DateOnly(2025, 8, 5), "การรับนักเรียน",
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น ประกาศรับสมัครนักเรียน"),
        Circulars.Make("ที่ ศธ ๐๔๑๐๐/ว ๔๕", new DateOnly(2025, 8, 6), "การประชุมผู้บริหารสถานศึกษา",
            "สพป.เชียงใหม่ เขต ๑ ขอเชิญผู้บริหารสถานศึกษาประชุม ณ หอประชุมจังหวัดขอนแก่น"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("สพป.ขก.1")]
    [InlineData("สพป.ขก.๑")]
    [InlineData("สพป ขก 1")]
    [InlineData("สพป.ขอนแก่น เขต 1")]
    [InlineData("สพป.ขอนแก่นเขต1")]
    [InlineData("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1")]
    public void Area_one_is_found_however_its_province_is_written(string typed)
    {
        Assert.Equal([AreaOneInFull, AreaOneByCode], _index.ExactRefs(typed).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("สพป.ขก.2")]
    [InlineData("สพป.ขอนแก่น เขต 2")]
    public void The_areas_number_picks_its_area(string typed)
    {
        Assert.Equal([AreaTwo], _index.ExactRefs(typed));
    }

    [Theory]
    [InlineData("สพป.ขก")]
    [InlineData("สพป.ขอนแก่น")]
    public void Without_a_number_every_area_of_the_province(string typed)
    {
        var refs = _index.ExactRefs(typed);
        Assert.Equal([AreaOneInFull, AreaOneByCode, AreaTwo], refs.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(OtherProvince, refs);
    }

    [Theory]
    [InlineData("สพม.ขก")]
    [InlineData("สพม.ขอนแก่น")]
    public void A_secondary_office_by_its_province(string typed)
    {
        Assert.Equal([Secondary], _index.ExactRefs(typed));
    }

    [Fact]
    public void The_area_office_is_one_word_beside_the_topic()
    {
        Assert.Equal([AreaOneByCode], _index.ExactRefs("อบรมครู สพป.ขก.1"));
    }
}
