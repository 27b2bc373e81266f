using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words of the ninth probe's letters (2026-11-29) that people type another way, each of which found nothing or only
/// approximately: วัว for โค, หน้าฝน for ฤดูฝน, สนามบิน for ท่าอากาศยาน, คอนโด for ห้องชุด, ทาวน์โฮม for ทาวน์เฮาส์,
/// ค่าโอน for ค่าธรรมเนียมการโอน, ขาย for จำหน่าย, ลอตเตอรี่ for สลาก, รถติด for การจราจรติดขัด, แรงงานต่างด้าว and เขมร for the
/// คนต่างด้าว and กัมพูชา of the Foreign Workers Act's letters, คนท้อง for สตรีมีครรภ์, ภาษีความหวาน, สนง., กกจ. and มล.
/// </summary>
public sealed class ProbeNineWordTests : IDisposable
{
    private const string Land = "มท0515.1/ว1874";
    private const string Workers = "รง0304/ว602";
    private const string Cattle = "กษ0609/ว987";
    private const string Parks = "ทส0907.4/ว3321";
    private const string Lanterns = "ประกาศเทศบาลนครเชียงใหม่ที่21/2568";
    private const string RedCross = "ลป0017.1/3654";
    private const string Sugar = "กค0616/ว144";
    private const string Taxi = "คำสั่งจังหวัดภูเก็ตที่112/2568";
    private const string Cannabis = "สธ0506.02/ว2310";

    private readonly TempIndex _index = new([.. ProbeNineLetters.All, .. ProbeEightLetters.All, .. Circulars.All]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ลัมปี สกิน วัว", Cattle)]
    [InlineData("ปิดอุทยาน หน้าฝน", Parks)]
    [InlineData("โคมลอย สนามบินเชียงใหม่", Lanterns)]
    [InlineData("ลดค่าโอนคอนโด", Land)]
    [InlineData("ลดค่าโอน ทาวน์โฮม", Land)]
    [InlineData("ขายสลากกาชาด", RedCross)]
    [InlineData("ลอตเตอรี่กาชาด", RedCross)]
    [InlineData("รถติด ป่าตอง", Taxi)]
    [InlineData("แรงงานต่างด้าว 4 สัญชาติ", Workers)]
    [InlineData("จัดหางานจังหวัด แรงงานข้ามชาติ", Workers)]
    [InlineData("คนท้อง กัญชา", Cannabis)]
    [InlineData("ภาษีความหวาน", Sugar)]
    [InlineData("สนง.จังหวัดลำปาง", RedCross)]
    [InlineData("กกจ. ต่างด้าว", Workers)]
    [InlineData("แท๊กซี่ ภูเก็ต", Taxi)]
    [InlineData("น้ำตาล 6 กรัม ต่อ 100 มล.", Sugar)]
    public void A_word_people_type_finds_the_word_letters_write(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }
}
