using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests.Support;

/// <summary>Realistic circulars written for these tests (agencies, years and texts of their own).</summary>
public static class Circulars
{
    public static SearchDocument Make(string printedRef, DateOnly date, string title, string body,
        Func<SearchDocument, SearchDocument>? more = null)
    {
        var reference = CircularRef.Parse(printedRef);
        var document = new SearchDocument
        {
            Ref = printedRef,
            NormalizedRef = reference.Normalized,
            Date = date,
            Title = title,
            Body = body,
            Url = $"circulars/{reference.Agency}-{reference.Number}-{date.Year}/",
            Agency = reference.Agency,
        };
        return more is null ? document : more(document);
    }

    /// <summary>Ministry of Education: school budget, with an attachment and a signer with a rare surname.</summary>
    public static readonly SearchDocument EducationBudget = Make(
        "ที่ ศธ ๐๔๐๐๖/ว ๑๒๕", new DateOnly(2024, 11, 4),
        "การจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ให้สถานศึกษา",
        "ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ " +
        "เพื่อเป็นค่าใช้จ่ายในการพัฒนาคุณภาพการศึกษา จำนวน ๑,๒๕๐ ล้านบาท จึงขอให้สถานศึกษาดำเนินการเบิกจ่ายภายในวันที่ ๓๐ ธันวาคม ๒๕๖๗",
        d => d with
        {
            Type = "external",
            Urgency = "ด่วนมาก",
            Issuer = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
            To = ["ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทุกเขต"],
            SignerName = "นายพิเชษฐ์ ธนากรวิวัฒน์",
            SignerPosition = "รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการแทน",
            ContactUnit = "กลุ่มงานจัดสรรงบประมาณ",
            ContactPhone = "๐ ๒๒๘๘ ๕๘๓๙",
            ContactEmail = "budget@obec.go.th",
            Tags = ["งบประมาณ"],
            EnclosureTitles = ["บัญชีจัดสรรงบประมาณรายโรงเรียน"],
            Attachments = [new SearchAttachment("allocation-table.pdf", "files/allocation-table.pdf",
                "บัญชีจัดสรรเงินอุดหนุนรายโรงเรียน โรงเรียนบ้านหนองบัว ๔๕,๐๐๐ บาท โรงเรียนวัดศรีสุมังค์ ๓๒,๕๐๐ บาท", false)],
        });

    /// <summary>Ministry of Public Health: a COVID vaccination drive (loanwords วัคซีน, โควิด).</summary>
    public static readonly SearchDocument HealthVaccine = Make(
        "ที่ สธ ๐๒๒๘.๐๗.๒/ว ๔๘๔", new DateOnly(2023, 3, 15),
        "การเร่งรัดการฉีดวัคซีนป้องกันโรคโควิด ๑๙ เข็มกระตุ้น",
        "ตามที่กระทรวงสาธารณสุขได้ดำเนินการฉีดวัคซีนป้องกันโรคโควิด ๑๙ ให้แก่ประชาชนอย่างต่อเนื่อง บัดนี้ " +
        "ขอให้สำนักงานสาธารณสุขจังหวัดเร่งรัดการให้บริการเข็มกระตุ้นแก่กลุ่มผู้สูงอายุและผู้ป่วยโรคเรื้อรัง " +
        "ผ่านระบบ MOPH Immunization Center และรายงานผลทางแอปพลิเคชันไลน์ ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖",
        d => d with
        {
            Type = "external",
            Urgency = "ด่วนที่สุด",
            Issuer = "กรมควบคุมโรค",
            SignerName = "นางสาวกาญจนาภรณ์ ศรีวิริยะเลิศ",
            SignerPosition = "อธิบดีกรมควบคุมโรค",
            ContactPhone = "๐ ๒๕๙๐ ๓๒๒๒",
        });

    /// <summary>Ministry of Finance: an internal memo with a committee in its reference.</summary>
    public static readonly SearchDocument FinanceProcurement = Make(
        "ที่ กค (กวจ) ๐๔๐๕.๒/ว ๑๑๙", new DateOnly(2024, 3, 1),
        "แนวทางปฏิบัติในการจัดซื้อจัดจ้างภาครัฐผ่านระบบอิเล็กทรอนิกส์",
        "กรมบัญชีกลางขอแจ้งแนวทางปฏิบัติในการจัดซื้อจัดจ้างผ่านระบบการจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP) " +
        "ส่วนราชการที่มีความจำเป็นต้องจัดซื้อจัดจ้างเร่งด่วนให้ถือปฏิบัติตามหนังสือนี้",
        d => d with { Type = "internal", Issuer = "กรมบัญชีกลาง", SignerName = "นายประภาศ คงเอียด" });

    /// <summary>Interior, numbered ว ๗๖ in 2024: the same running number as <see cref="InteriorDisaster"/>.</summary>
    public static readonly SearchDocument InteriorFlood = Make(
        "ที่ มท ๐๘๐๘.๒/ว ๗๖", new DateOnly(2024, 1, 12),
        "การให้ความช่วยเหลือผู้ประสบภัยน้ำท่วม",
        "ด้วยเกิดอุทกภัยในพื้นที่หลายจังหวัด ขอให้องค์กรปกครองส่วนท้องถิ่นให้ความช่วยเหลือผู้ประสบภัยตามระเบียบกระทรวงมหาดไทย",
        d => d with { Type = "order", Issuer = "กรมส่งเสริมการปกครองท้องถิ่น" });

    /// <summary>A province letter that cites <see cref="InteriorFlood"/>'s reference.</summary>
    public static readonly SearchDocument ProvinceFloodForward = Make(
        "ที่ ขก ๐๐๒๓.๕/ว ๑๐๓", new DateOnly(2024, 1, 20),
        "แจ้งแนวทางการช่วยเหลือผู้ประสบอุทกภัย",
        "จังหวัดขอนแก่นขอส่งสำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๐๘.๒/ว ๗๖ ลงวันที่ ๑๒ มกราคม ๒๕๖๗ มาเพื่อดำเนินการ",
        d => d with { CitedRefs = ["ที่ มท ๐๘๐๘.๒/ว ๗๖ ลงวันที่ ๑๒ มกราคม ๒๕๖๗"], EnclosureTitles = ["สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น"] });

    /// <summary>Interior again, another office, numbered ว ๗๖ in 2025.</summary>
    public static readonly SearchDocument InteriorDisaster = Make(
        "ที่ มท ๐๖๒๒/ว ๗๖", new DateOnly(2025, 2, 3),
        "การเตรียมความพร้อมป้องกันและบรรเทาสาธารณภัยช่วงฤดูแล้ง",
        "ขอให้จังหวัดเตรียมความพร้อมรับมือภัยแล้ง จัดหาแหล่งน้ำสำรอง และแจ้งเตือนประชาชนผ่านหอกระจายข่าว",
        d => d with { Type = "external", Issuer = "กรมป้องกันและบรรเทาสาธารณภัย" });

    public static IReadOnlyList<SearchDocument> All { get; } =
        [EducationBudget, HealthVaccine, FinanceProcurement, InteriorFlood, ProvinceFloodForward, InteriorDisaster];
}
