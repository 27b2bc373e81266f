using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// What the public and officials type for the words letters write (ลาบวช for ลาอุปสมบท, เปิดเทอม for เปิดภาคเรียน,
/// ตึก for อาคาร, ไทยดี for ThaID) and the abbreviations of departments (คร., ขบ., กสก.): rows of
/// WordAlternatives.tsv found in the fifth probe's letters missing (2026-11-29).
/// </summary>
public sealed class EverydayWordTests : IDisposable
{
    private const string Leave = "นร1008/ว15";
    private const string Quake = "มท0610/ว233";
    private const string Rabies = "สธ0415.3/ว102";
    private const string IdCard = "มท0309.1/ว4521";
    private const string Term = "ศธ04010/ว1873";
    private const string Licence = "คค0408/ว44";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นร ๑๐๐๘/ว ๑๕", new DateOnly(2025, 3, 3), "การลาไปช่วยเหลือภริยาที่คลอดบุตร",
            "ข้าราชการชายมีสิทธิลาไปช่วยเหลือภริยาที่คลอดบุตร สำหรับการลาอุปสมบทยังคงเป็นไปตามระเบียบเดิม"),
        Circulars.Make("ที่ มท ๐๖๑๐/ว ๒๓๓", new DateOnly(2025, 4, 2), "การตรวจสอบอาคารสูงภายหลังเหตุแผ่นดินไหว",
            "เกิดเหตุแผ่นดินไหวที่ประเทศเมียนมา ขอให้ตรวจสอบความมั่นคงแข็งแรงของอาคารสูง",
            d => d with { Issuer = "กรมป้องกันและบรรเทาสาธารณภัย" }),
        Circulars.Make("ที่ สธ ๐๔๑๕.๓/ว ๑๐๒", new DateOnly(2025, 1, 17), "การรณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
            "ขอให้รณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว", d => d with { Issuer = "กรมควบคุมโรค" }),
        Circulars.Make("ที่ มท ๐๓๐๙.๑/ว ๔๕๒๑", new DateOnly(2025, 6, 9), "การทำบัตรประจำตัวประชาชนและการใช้แอปพลิเคชัน ThaID",
            "แนะนำให้ประชาชนลงทะเบียน ThaID ผ่านสมาร์ตโฟน", d => d with { Issuer = "กรมการปกครอง" }),
        Circulars.Make("ที่ ศธ ๐๔๐๑๐/ว ๑๘๗๓", new DateOnly(2025, 11, 20), "กำหนดวันเปิดและปิดภาคเรียน ปีการศึกษา ๒๕๖๙",
            "วันเปิดภาคเรียนที่ ๑ วันที่ ๑๖ พฤษภาคม ๒๕๖๙ สอบ O-NET ชั้นประถมศึกษาปีที่ ๖"),
        Circulars.Make("ที่ คค ๐๔๐๘/ว ๔๔", new DateOnly(2025, 10, 1), "การต่ออายุใบอนุญาตขับรถผ่านระบบออนไลน์",
            "ผู้ขอต่ออายุใบอนุญาตขับรถอบรมออนไลน์ได้", d => d with { Issuer = "กรมการขนส่งทางบก" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ลาบวช", Leave)]
    [InlineData("บวช", Leave)]
    [InlineData("ภรรยา คลอดบุตร", Leave)]
    [InlineData("เมีย คลอด", Leave)]
    [InlineData("ตึกสูง", Quake)]
    [InlineData("แผ่นดินไหว พม่า", Quake)]
    [InlineData("โรคหมาบ้า", Rabies)]
    [InlineData("วัคซีน หมา", Rabies)]
    [InlineData("บัตร ปชช", IdCard)]
    [InlineData("ไทยดี", IdCard)]
    [InlineData("สมาร์ทโฟน", IdCard)]
    [InlineData("smartphone", IdCard)]
    [InlineData("เปิดเทอม", Term)]
    [InlineData("โอเน็ต", Term)]
    public void A_word_people_type_finds_the_word_letters_write(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }

    [Theory]
    [InlineData("คร.", Rabies)]
    [InlineData("ปค.", IdCard)]
    [InlineData("ขบ.", Licence)]
    [InlineData("ปภ.", Quake)]
    public void A_departments_abbreviation_finds_its_letters(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }

    [Fact]
    public void A_two_letter_abbreviation_without_its_dot_is_not_expanded()
    {
        Assert.DoesNotContain(Licence, _index.Refs("ขบ"));
    }
}
