using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A body of a province named by the table's abbreviation and the province's ref letters or name (probe 8: <c>ปภ.ขก</c> and
/// <c>อบจ.นม</c> found nothing, <c>ปภ.ขอนแก่น</c> only approximately): a department's abbreviation with a province is its
/// provincial office (สำนักงาน … จังหวัด), an abbreviation ending in จังหวัด the body itself.
/// </summary>
public sealed class ProvincialOfficeQueryTests : IDisposable
{
    private const string Storm = "ขก0018/ว1452";
    private const string Ambulance = "คำสั่งองค์การบริหารส่วนจังหวัดนครราชสีมาที่892/2568";

    private readonly TempIndex _index = new([
        ProbeEightLetters.SummerStorm,
        ProbeEightLetters.AmbulanceOrder,
        ProbeEightLetters.VolunteerMemo,
        Circulars.Make("ที่ มท ๐๖๒๒/ว ๘๘", new DateOnly(2025, 4, 1), "การเตรียมความพร้อมรับมือพายุฤดูร้อน",
            "กรมป้องกันและบรรเทาสาธารณภัยขอให้ทุกจังหวัดเตรียมความพร้อม", d => d with { Issuer = "กรมป้องกันและบรรเทาสาธารณภัย" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ปภ.ขก", Storm)]
    [InlineData("ปภ.ขก.", Storm)]
    [InlineData("ปภ.ขอนแก่น", Storm)]
    [InlineData("ปภ.ขก. พายุ", Storm)]
    [InlineData("อบจ.นม", Ambulance)]
    [InlineData("อบจ.นครราชสีมา", Ambulance)]
    public void The_provincial_body_is_found_by_its_abbreviation_and_province(string typed, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(typed).FirstOrDefault());
    }

    [Fact]
    public void A_department_with_a_province_is_its_provincial_office()
    {
        var found = Assert.Single(AreaOffices.In("ปภ.ขก"));
        Assert.Contains("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่น", found.Spellings);
    }

    [Fact]
    public void An_abbreviation_only_typed_with_its_dot_is_not_read_without_it()
    {
        Assert.Empty(AreaOffices.In("ปศ ขอนแก่น"));
        Assert.Contains("สำนักงานปศุสัตว์จังหวัดขอนแก่น", Assert.Single(AreaOffices.In("ปศ.ขอนแก่น")).Spellings);
    }
}
