using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>Abbreviations of bodies letters name (WordAlternatives.tsv) find the letters writing the name out, and back.</summary>
public sealed class GovernmentAbbreviationTests : IDisposable
{
    private const string South = "มท0310/ว81";
    private const string Teachers = "ศธ0206/ว82";
    private const string Farmers = "กษ0201/ว83";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๓๑๐/ว ๘๑", new DateOnly(2025, 1, 20), "การประสานงานด้านการพัฒนาพื้นที่",
            "ขอให้จังหวัดประสานศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้ในการจัดทำแผนพัฒนา"),
        Circulars.Make("ที่ ศธ ๐๒๐๖/ว ๘๒", new DateOnly(2025, 2, 20), "หลักเกณฑ์การย้ายข้าราชการครู",
            "ตามมติ ก.ค.ศ. ในการประชุมครั้งที่ ๒/๒๕๖๘ ให้ใช้หลักเกณฑ์การย้ายข้าราชการครูฉบับใหม่"),
        Circulars.Make("ที่ กษ ๐๒๐๑/ว ๘๓", new DateOnly(2025, 3, 20), "มาตรการช่วยเหลือเกษตรกร",
            "ขอให้สำนักงานเกษตรจังหวัดประสาน ธ.ก.ส. สาขาในพื้นที่เพื่อพักชำระหนี้เกษตรกร"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ศอ.บต.", South)]
    [InlineData("ศอบต", South)]
    [InlineData("คณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา", Teachers)]
    [InlineData("กคศ", Teachers)]
    [InlineData("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", Farmers)]
    [InlineData("ธกส", Farmers)]
    public void A_body_is_found_by_its_abbreviation_or_its_name(string query, string expected)
    {
        Assert.Equal([expected], _index.ExactRefs(query));
    }
}
