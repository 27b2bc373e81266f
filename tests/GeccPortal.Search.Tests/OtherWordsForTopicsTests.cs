using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Topics the public names one way and letters another (WordAlternatives.tsv): working from home, the village
/// health volunteers, phishing, the motorway, schools; each letter writes only the official or the English word.
/// </summary>
public sealed class OtherWordsForTopicsTests : IDisposable
{
    private const string WorkFromHome = "นร1008/ว21";
    private const string Volunteers = "สธ0201/ว35";
    private const string VolunteersAbbreviated = "สธ0201/ว36";
    private const string Phishing = "ดศ0203/ว12";
    private const string Motorway = "คค0714/ว88";
    private const string MotorwayColloquial = "คค0714/ว89";
    private const string Schools = "ศธ04009/ว17";
    private const string CivilService = "นร1008/ว22";
    private const string WorkOutsideOnly = "กค0402/ว41";
    private const string WfhOnly = "กค0402/ว42";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นร ๑๐๐๘/ว ๒๑", new DateOnly(2025, 2, 10), "แนวทางการปฏิบัติงานนอกสถานที่ตั้ง (Work from Home)",
            "เพื่อลดการเดินทางในช่วงที่ค่าฝุ่นละอองขนาดไม่เกิน ๒.๕ ไมครอนเกินมาตรฐาน ขอให้ส่วนราชการพิจารณาให้ข้าราชการ" +
            "ปฏิบัติงานนอกสถานที่ตั้ง (Work from Home) ได้ตามความเหมาะสม โดยไม่ให้กระทบต่อการให้บริการประชาชน"),
        Circulars.Make("ที่ สธ ๐๒๐๑/ว ๓๕", new DateOnly(2025, 3, 3), "การเบิกจ่ายค่าป่วยการอาสาสมัครสาธารณสุข",
            "ขอให้สำนักงานสาธารณสุขจังหวัดเบิกจ่ายค่าป่วยการอาสาสมัครสาธารณสุขประจำหมู่บ้านให้แล้วเสร็จภายในวันที่ ๑๐ ของเดือน"),
        Circulars.Make("ที่ สธ ๐๒๐๑/ว ๓๖", new DateOnly(2025, 3, 4), "การสำรวจลูกน้ำยุงลาย",
            "ขอให้ อสม. ทุกหมู่บ้านออกสำรวจและกำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายทุกสัปดาห์"),
        Circulars.Make("ที่ ดศ ๐๒๐๓/ว ๑๒", new DateOnly(2025, 4, 1), "การเฝ้าระวังภัยคุกคามทางอีเมล",
            "ขอให้หน่วยงานแจ้งเตือนบุคลากรให้ระมัดระวังอีเมลหลอกลวงประเภท Phishing ที่แอบอ้างเป็นหน่วยงานของรัฐ " +
            "และเสริมการป้องกัน Cyber Security ของระบบสารสนเทศ"),
        Circulars.Make("ที่ คค ๐๗๑๔/ว ๘๘", new DateOnly(2025, 4, 8), "การปิดช่องทางจราจรชั่วคราว",
            "กรมทางหลวงจะปิดช่องทางจราจรบนทางหลวงพิเศษระหว่างเมืองหมายเลข ๗ ช่วงกิโลเมตรที่ ๔๐ เพื่อซ่อมบำรุงผิวทาง"),
        Circulars.Make("ที่ คค ๐๗๑๔/ว ๘๙", new DateOnly(2025, 4, 9), "การยกเว้นค่าธรรมเนียมผ่านทาง",
            "ในช่วงเทศกาลสงกรานต์ให้ยกเว้นค่าธรรมเนียมผ่านทางบนมอเตอร์เวย์สาย ๙"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๙/ว ๑๗", new DateOnly(2025, 6, 2), "การป้องกันโรคไข้เลือดออกในสถานศึกษา",
            "ขอให้สถานศึกษาทุกแห่งกำจัดแหล่งเพาะพันธุ์ยุงลายและรายงานนักเรียนที่ป่วย"),
        Circulars.Make("ที่ นร ๑๐๐๘/ว ๒๒", new DateOnly(2025, 7, 1), "หลักเกณฑ์การประเมินผลการปฏิบัติราชการ",
            "คณะกรรมการข้าราชการพลเรือนมีมติให้ส่วนราชการประเมินผลการปฏิบัติราชการปีละสองรอบ"),
        Circulars.Make("ที่ กค ๐๔๐๒/ว ๔๑", new DateOnly(2025, 8, 4), "การเบิกค่าใช้จ่ายของผู้ปฏิบัติงานนอกสถานที่ตั้ง",
            "ผู้ได้รับอนุญาตให้ปฏิบัติงานนอกสถานที่ตั้งไม่มีสิทธิเบิกค่าพาหนะในวันดังกล่าว"),
        Circulars.Make("ที่ กค ๐๔๐๒/ว ๔๒", new DateOnly(2025, 8, 5), "การลงเวลาปฏิบัติราชการ",
            "ข้าราชการที่ได้รับอนุญาตให้ WFH ให้ลงเวลาผ่านระบบออนไลน์ภายในเวลา ๐๘.๓๐ น."),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("wfh")]
    [InlineData("ทำงานที่บ้าน")]
    [InlineData("work from home")]
    public void Working_from_home_finds_the_letter_on_working_outside_the_office(string query)
    {
        Assert.Contains(WorkFromHome, _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("work from home")]
    [InlineData("Work From Home")]
    [InlineData("WFH")]
    [InlineData("ปฏิบัติงานนอกสถานที่ตั้ง")]
    [InlineData("ทำงานที่บ้าน")]
    [InlineData("เวิร์กฟรอมโฮม")]
    public void Working_from_home_in_any_of_its_names_finds_the_others(string query)
    {
        Assert.Equal([WorkOutsideOnly, WfhOnly, WorkFromHome], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_of_a_phrase_in_the_table_typed_apart_are_still_found_apart()
    {
        // work from home is also its three words anywhere, as any words typed apart are.
        var plan = GeccPortal.Search.Querying.QueryPlan.Parse("from work home");
        Assert.Equal(3, plan.Words.Count);
    }

    [Theory]
    [InlineData("อาสาสมัครสาธารณสุข")]
    [InlineData("อสม.")]
    [InlineData("อสม")]
    [InlineData("อาสาสมัครสาธารณสุขประจำหมู่บ้าน")]
    public void The_village_health_volunteers_are_found_by_their_abbreviation_and_their_name(string query)
    {
        Assert.Equal([Volunteers, VolunteersAbbreviated], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ฟิชชิ่ง")]
    [InlineData("ฟิชชิง")]
    [InlineData("phishing")]
    [InlineData("ไซเบอร์")]
    public void A_loanword_in_thai_letters_finds_the_english_word(string query)
    {
        Assert.Equal([Phishing], _index.ExactRefs(query));
    }

    [Theory]
    [InlineData("มอเตอร์เวย์")]
    [InlineData("ทางหลวงพิเศษ")]
    [InlineData("motorway")]
    public void The_motorway_and_the_special_highway_find_each_other(string query)
    {
        Assert.Equal([Motorway, MotorwayColloquial], _index.ExactRefs(query).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ไข้เลือดออกในโรงเรียน")]
    [InlineData("ไข้เลือดออก โรงเรียน")]
    public void A_school_finds_the_letters_about_educational_institutions(string query)
    {
        Assert.Equal([Schools], _index.ExactRefs(query));
    }

    [Fact]
    public void An_educational_institution_does_not_look_for_schools_only()
    {
        // สถานศึกษา is wider than โรงเรียน: a letter on colleges is no letter on schools the other way round.
        Assert.Empty(Assert.Single(GeccPortal.Search.Querying.QueryPlan.Parse("สถานศึกษา").Words).Alternatives);
    }

    [Theory]
    [InlineData("ก.พ.")]
    [InlineData("มติ ก.พ.")]
    public void The_civil_service_commission_is_found_by_its_abbreviation(string query)
    {
        Assert.Contains(CivilService, _index.Refs(query));
    }

    [Fact]
    public void The_civil_service_commission_does_not_find_every_date_in_february()
    {
        // ก.พ. is also กุมภาพันธ์ as letters date themselves: the full name does not look for it.
        Assert.Equal([CivilService], _index.ExactRefs("คณะกรรมการข้าราชการพลเรือน"));
    }
}
