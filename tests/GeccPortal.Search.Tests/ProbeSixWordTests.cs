using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words of the sixth probe's letters (2026-11-29) that people type another way: tools named in Thai letters
/// (เอ็กซ์เซล, กูเกิลชีต, อีเคลม, คลีนรูม), ค.ส.ล. for คอนกรีตเสริมเหล็ก, นพ.สสจ. for the position, มข. for the university, ภาษีโรงเรือน for the tax
/// that replaced it, ฝุ่นจิ๋ว for PM2.5 (a spelling of several query words found as the index read it whole).
/// </summary>
public sealed class ProbeSixWordTests : IDisposable
{
    private const string Dust = "สธ0211.04/ว2356";
    private const string Road = "ขก73601/ว156";
    private const string Course = "อว6601.12/ว210";
    private const string Tax = "ขก72302/ว88";
    private const string Claim = "กค0416.2/ว567";
    private const string Haze = "ขก0017.1/ว502";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๒๑๑.๐๔/ว ๒๓๕๖", new DateOnly(2025, 1, 14), "มาตรการป้องกันผลกระทบต่อสุขภาพจากฝุ่น PM2.5",
            "จัดตั้งห้องปลอดฝุ่น (Clean Room) ในโรงพยาบาล และรายงานผลทุกวันศุกร์ผ่านระบบ Google Sheets"),
        Circulars.Make("ที่ ขก ๗๓๖๐๑/ว ๑๕๖", new DateOnly(2025, 3, 3), "แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๗ บ้านโนนสวรรค์"),
        Circulars.Make("ที่ อว ๖๖๐๑.๑๒/ว ๒๑๐", new DateOnly(2025, 5, 5), "ขอความอนุเคราะห์ประชาสัมพันธ์โครงการอบรมหลักสูตรการใช้ Microsoft Excel",
            "ศูนย์บริการวิชาการ มหาวิทยาลัยขอนแก่น กำหนดจัดโครงการอบรมเชิงปฏิบัติการ"),
        Circulars.Make("ที่ ขก ๗๒๓๐๒/ว ๘๘", new DateOnly(2025, 2, 10), "การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๘",
            "ชำระผ่านแอปพลิเคชันเป๋าตัง และ QR Code พร้อมเพย์"),
        Circulars.Make("ที่ กค ๐๔๑๖.๒/ว ๕๖๗", new DateOnly(2025, 9, 9), "การเบิกจ่ายค่ารักษาพยาบาลประเภทผู้ป่วยใน",
            "ให้สถานพยาบาลส่งข้อมูลการเบิกผ่านระบบ e-Claim"),
        Circulars.Make("ที่ ขก ๐๐๑๗.๑/ว ๕๐๒", new DateOnly(2025, 2, 7), "แต่งตั้งคณะทำงานป้องกันและแก้ไขปัญหาหมอกควัน",
            "นายแพทย์สาธารณสุขจังหวัดขอนแก่นเป็นคณะทำงาน รายงานจุดความร้อน (ฮอตสปอต) ต่อศูนย์บัญชาการเหตุการณ์จังหวัดทุกวัน"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ฝุ่นจิ๋ว", Dust)]
    [InlineData("คลีนรูม", Dust)]
    [InlineData("กูเกิลชีต", Dust)]
    [InlineData("ถนน คสล.", Road)]
    [InlineData("ถนน ค.ส.ล.", Road)]
    [InlineData("อบรม เอ็กซ์เซล", Course)]
    [InlineData("เอกเซล", Course)]
    [InlineData("มข.", Course)]
    [InlineData("ภาษีโรงเรือน", Tax)]
    [InlineData("promptpay", Tax)]
    [InlineData("อีเคลม", Claim)]
    [InlineData("hotspot", Haze)]
    [InlineData("นพ.สสจ.ขอนแก่น", Haze)]
    public void A_word_people_type_finds_the_word_letters_write(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }
}
