using GeccPortal.Search.Indexing;

namespace GeccPortal.Search.Tests.Support;

/// <summary>
/// The eighth search probe's letters (2026-11-29): ten circulars of agencies and forms the earlier probes lacked,
/// written as such letters are, for the queries people type for them.
/// </summary>
public static class ProbeEightLetters
{
    /// <summary>The Revenue Department extends personal income tax filing online.</summary>
    public static readonly SearchDocument TaxFiling = Circulars.Make(
        "ที่ กค ๐๗๐๒/ว ๑๒๓๔", new DateOnly(2025, 3, 20),
        "การขยายกำหนดเวลาการยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดาผ่านระบบเครือข่ายอินเทอร์เน็ต",
        "ด้วยกรมสรรพากรได้ขยายกำหนดเวลาการยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.๙๐ และ ภ.ง.ด.๙๑) " +
        "สำหรับปีภาษี ๒๕๖๗ ที่ยื่นผ่านระบบเครือข่ายอินเทอร์เน็ต (e-Filing) ออกไปจนถึงวันที่ ๘ เมษายน ๒๕๖๘ " +
        "ผู้มีเงินได้สามารถใช้สิทธิลดหย่อนตามมาตรการ Easy e-Receipt โดยเก็บหลักฐานใบกำกับภาษีอิเล็กทรอนิกส์ " +
        "และตรวจสอบสถานะการคืนภาษีผ่านแอปพลิเคชัน RD Smart Tax จึงขอให้ส่วนราชการประชาสัมพันธ์ให้ข้าราชการและลูกจ้างในสังกัดทราบ",
        d => d with
        {
            Url = "circulars/rd-efiling/",
            Issuer = "กรมสรรพากร",
            SignerName = "นายปิ่นสาย สุรัสวดี",
            SignerPosition = "อธิบดีกรมสรรพากร",
            ContactUnit = "กองบริหารการเสียภาษีทางอิเล็กทรอนิกส์",
            ContactPhone = "๐ ๒๒๗๒ ๘๑๙๘",
        });

    /// <summary>The Department of Land Transport: driving licence renewal with online training and a queue app.</summary>
    public static readonly SearchDocument LicenceRenewal = Circulars.Make(
        "ที่ คค ๐๔๐๘.๔/ว ๕๔๓", new DateOnly(2025, 6, 2),
        "แนวทางการต่ออายุใบอนุญาตขับรถและการอบรมผ่านระบบออนไลน์",
        "กรมการขนส่งทางบกได้เปิดให้ผู้ขอต่ออายุใบอนุญาตขับรถยนต์ส่วนบุคคลและรถจักรยานยนต์ส่วนบุคคล " +
        "เข้ารับการอบรมผ่านระบบการเรียนรู้ทางอิเล็กทรอนิกส์ (e-Learning) ได้ด้วยตนเอง และจองคิวล่วงหน้าผ่านแอปพลิเคชัน " +
        "DLT Smart Queue ทั้งนี้ ผู้ได้รับใบอนุญาตสามารถแสดงใบอนุญาตขับรถในรูปแบบดิจิทัลผ่านแอปพลิเคชัน DLT QR Licence " +
        "แทนการแสดงบัตรได้ จึงขอให้สำนักงานขนส่งจังหวัดทุกแห่งถือปฏิบัติตั้งแต่วันที่ ๑ กรกฎาคม ๒๕๖๘",
        d => d with
        {
            Url = "circulars/dlt-licence/",
            Issuer = "กรมการขนส่งทางบก",
            To = ["ขนส่งจังหวัดทุกจังหวัด"],
            SignerPosition = "รองอธิบดี ปฏิบัติราชการแทน อธิบดีกรมการขนส่งทางบก",
        });

    /// <summary>The Social Security Office: maternity benefits raised, with the sections insured persons are under.</summary>
    public static readonly SearchDocument Maternity = Circulars.Make(
        "ที่ รง ๐๖๒๙/ว ๘๗", new DateOnly(2025, 1, 15),
        "การปรับเพิ่มประโยชน์ทดแทนกรณีคลอดบุตรและกรณีสงเคราะห์บุตร",
        "สำนักงานประกันสังคมขอแจ้งว่า ตามกฎกระทรวงกำหนดประโยชน์ทดแทนในกรณีคลอดบุตร พ.ศ. ๒๕๖๘ " +
        "ผู้ประกันตนตามมาตรา ๓๓ และมาตรา ๓๙ มีสิทธิได้รับเงินค่าคลอดบุตรเหมาจ่ายครั้งละ ๑๕,๐๐๐ บาท " +
        "และเงินสงเคราะห์การหยุดงานเพื่อการคลอดบุตรเพิ่มจาก ๙๐ วัน เป็น ๙๘ วัน ส่วนเงินสงเคราะห์บุตรเพิ่มเป็นเดือนละ ๑,๐๐๐ บาทต่อบุตรหนึ่งคน " +
        "ผู้ประกันตนยื่นคำขอได้ที่สำนักงานประกันสังคมจังหวัดทุกแห่ง หรือผ่านระบบ e-Self Service",
        d => d with
        {
            Url = "circulars/sso-maternity/",
            Issuer = "สำนักงานประกันสังคม",
            SignerPosition = "เลขาธิการสำนักงานประกันสังคม",
            Tags = ["สิทธิประโยชน์"],
        });

    /// <summary>A Department of Health memo: village health volunteers trained, อสม glued to the words around it.</summary>
    public static readonly SearchDocument VolunteerMemo = Circulars.Make(
        "ที่ สธ ๐๙๑๕.๐๒/ว ๓๓๒", new DateOnly(2025, 8, 12),
        "ขออนุมัติจัดประชุมเชิงปฏิบัติการพัฒนาศักยภาพแกนนำอสมด้านการดูแลผู้สูงอายุ",
        "ด้วยสำนักส่งเสริมสุขภาพ กรมอนามัย มีแผนจัดประชุมเชิงปฏิบัติการพัฒนาศักยภาพแกนนำอสมเชี่ยวชาญด้านการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง " +
        "ระหว่างวันที่ ๒๕ – ๒๗ สิงหาคม ๒๕๖๘ ณ โรงแรมเซ็นทารา ขอนแก่น ผู้เข้าร่วมได้แก่ประธานอสมระดับอำเภอ จำนวน ๑๒๐ คน " +
        "โดยใช้งบประมาณจากแผนงานบูรณาการพัฒนาศักยภาพคนตลอดช่วงชีวิต จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
        d => d with
        {
            Url = "circulars/anamai-volunteers/",
            Type = "internal",
            Issuer = "สำนักส่งเสริมสุขภาพ กรมอนามัย",
            To = ["อธิบดีกรมอนามัย"],
        });

    /// <summary>A provincial disaster office warns districts of summer storms.</summary>
    public static readonly SearchDocument SummerStorm = Circulars.Make(
        "ที่ ขก ๐๐๑๘/ว ๑๔๕๒", new DateOnly(2025, 4, 3),
        "การเฝ้าระวังและเตรียมความพร้อมรับมือวาตภัยจากพายุฤดูร้อน",
        "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่นได้รับแจ้งจากกรมอุตุนิยมวิทยาว่าจะมีพายุฤดูร้อน ลมกระโชกแรง " +
        "และลูกเห็บตกในพื้นที่ระหว่างวันที่ ๕ – ๘ เมษายน ๒๕๖๘ จึงขอให้อำเภอแจ้งองค์กรปกครองส่วนท้องถิ่นตัดแต่งกิ่งไม้ใกล้แนวสายไฟฟ้า " +
        "ตรวจสอบป้ายโฆษณาให้มั่นคงแข็งแรง และสำรวจบ้านเรือนราษฎรที่หลังคาได้รับความเสียหายเพื่อให้ความช่วยเหลือตามระเบียบ",
        d => d with
        {
            Url = "circulars/ddpm-kk-storm/",
            Issuer = "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่น",
            To = ["นายอำเภอทุกอำเภอ"],
            SignerPosition = "หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดขอนแก่น",
        });

    /// <summary>A university announcement deferring tuition fees, numbered under its heading.</summary>
    public static readonly SearchDocument TuitionDeferral = Circulars.Make(
        "ประกาศมหาวิทยาลัยราชภัฏอุดรธานี ที่ ๔๕/๒๕๖๘", new DateOnly(2025, 5, 30),
        "การผ่อนผันการชำระค่าธรรมเนียมการศึกษา ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๘",
        "เพื่อบรรเทาความเดือดร้อนของนักศึกษาและผู้ปกครอง มหาวิทยาลัยจึงอนุญาตให้นักศึกษาระดับปริญญาตรีที่ประสบปัญหาทางเศรษฐกิจ " +
        "ยื่นคำร้องขอผ่อนผันการชำระค่าธรรมเนียมการศึกษาแบบเหมาจ่ายได้ไม่เกินสองงวด ผ่านระบบบริการการศึกษาออนไลน์ " +
        "ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๘ นักศึกษาที่กู้ยืมเงินกองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) ไม่ต้องยื่นคำร้อง",
        d => d with
        {
            Url = "circulars/udru-tuition/",
            Type = "announcement",
            Issuer = "มหาวิทยาลัยราชภัฏอุดรธานี",
        });

    /// <summary>A provincial administrative organisation's order appointing an emergency ambulance committee.</summary>
    public static readonly SearchDocument AmbulanceOrder = Circulars.Make(
        "คำสั่งองค์การบริหารส่วนจังหวัดนครราชสีมา ที่ ๘๙๒/๒๕๖๘", new DateOnly(2025, 7, 7),
        "แต่งตั้งคณะกรรมการดำเนินงานโครงการระบบการแพทย์ฉุกเฉิน",
        "เพื่อให้การดำเนินงานระบบการแพทย์ฉุกเฉินขององค์การบริหารส่วนจังหวัดนครราชสีมาเป็นไปอย่างมีประสิทธิภาพ " +
        "ผู้ป่วยฉุกเฉินได้รับการช่วยเหลือทันท่วงทีเมื่อโทรแจ้งสายด่วน ๑๖๖๙ จึงแต่งตั้งคณะกรรมการ ประกอบด้วย " +
        "นายกองค์การบริหารส่วนจังหวัดนครราชสีมา เป็นประธานกรรมการ ปลัดองค์การบริหารส่วนจังหวัดนครราชสีมา เป็นรองประธานกรรมการ " +
        "ผู้อำนวยการกองสาธารณสุข เป็นกรรมการและเลขานุการ มีหน้าที่จัดหารถพยาบาลฉุกเฉินและอบรมอาสาสมัครกู้ชีพ",
        d => d with
        {
            Url = "circulars/pao-korat-ems/",
            Type = "order",
            Issuer = "องค์การบริหารส่วนจังหวัดนครราชสีมา",
        });

    /// <summary>The basic education commission on the grade 3 national test and active learning.</summary>
    public static readonly SearchDocument ReadingTest = Circulars.Make(
        "ที่ ศธ ๐๔๒๐๖/ว ๒๗๘๙", new DateOnly(2025, 2, 18),
        "การประเมินคุณภาพผู้เรียน (NT) ชั้นประถมศึกษาปีที่ ๓ และการจัดการเรียนรู้เชิงรุก",
        "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานกำหนดจัดการประเมินคุณภาพผู้เรียน (National Test : NT) ชั้นประถมศึกษาปีที่ ๓ " +
        "ด้านการอ่านออกเขียนได้และด้านคณิตศาสตร์ ในวันที่ ๑๒ มีนาคม ๒๕๖๘ จึงขอให้สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทุกเขต " +
        "แจ้งโรงเรียนในสังกัดเตรียมความพร้อม และส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning) เพื่อยกระดับผลสัมฤทธิ์ทางการเรียน",
        d => d with
        {
            Url = "circulars/obec-nt/",
            Issuer = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
            To = ["ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาทุกเขต"],
            Urgency = "ด่วนที่สุด",
        });

    /// <summary>A town municipality's announcement of a rabies vaccination and neutering drive.</summary>
    public static readonly SearchDocument RabiesDrive = Circulars.Make(
        "ที่ มค ๕๒๐๐๑/ว ๓๑", new DateOnly(2025, 3, 10),
        "ประชาสัมพันธ์โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า",
        "เทศบาลเมืองมหาสารคามจะออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและผ่าตัดทำหมันสุนัขและแมวโดยไม่เสียค่าใช้จ่าย " +
        "พร้อมขึ้นทะเบียนสัตว์ควบคุมตามเทศบัญญัติ ระหว่างวันที่ ๑๗ – ๒๑ มีนาคม ๒๕๖๘ ณ ศาลาประชาคมทุกชุมชน " +
        "หากถูกสุนัขหรือแมวกัดหรือข่วน ให้ล้างแผลด้วยน้ำสบู่หลายครั้งแล้วรีบไปพบแพทย์ที่โรงพยาบาลใกล้บ้านทันที",
        d => d with
        {
            Url = "circulars/mkm-rabies/",
            Issuer = "เทศบาลเมืองมหาสารคาม",
            To = ["ประธานชุมชนทุกชุมชน"],
            SignerPosition = "นายกเทศมนตรีเมืองมหาสารคาม",
        });

    /// <summary>A provincial health office forwards the new leave rules (paternity leave, leave to raise a child).</summary>
    public static readonly SearchDocument LeaveForward = Circulars.Make(
        "ที่ อด ๐๐๓๓.๐๐๑/ว ๔๑๒", new DateOnly(2025, 9, 4),
        "ส่งสำเนาระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ (ฉบับที่ ๔) พ.ศ. ๒๕๖๘",
        "ด้วยสำนักงานสาธารณสุขจังหวัดอุดรธานีได้รับแจ้งจากสำนักงาน ก.พ. ว่า ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ (ฉบับที่ ๔) " +
        "พ.ศ. ๒๕๖๘ ได้ประกาศในราชกิจจานุเบกษาแล้ว โดยกำหนดให้ข้าราชการชายมีสิทธิลาไปช่วยเหลือภริยาที่คลอดบุตรได้ไม่เกิน ๑๕ วันทำการ " +
        "และข้าราชการหญิงมีสิทธิลากิจส่วนตัวเพื่อเลี้ยงดูบุตรต่อเนื่องจากการลาคลอดบุตรได้ไม่เกิน ๑๕๐ วันทำการ " +
        "จึงขอส่งสำเนาระเบียบดังกล่าวมาเพื่อทราบและแจ้งเจ้าหน้าที่ในสังกัดถือปฏิบัติต่อไป",
        d => d with
        {
            Url = "circulars/udon-leave/",
            Type = "internal",
            Issuer = "สำนักงานสาธารณสุขจังหวัดอุดรธานี",
            To = ["ผู้อำนวยการโรงพยาบาลทุกแห่ง", "สาธารณสุขอำเภอทุกอำเภอ"],
            CitedRefs = ["ที่ นร ๑๐๐๘/ว ๑๒ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๘"],
        });

    public static IReadOnlyList<SearchDocument> All { get; } =
        [TaxFiling, LicenceRenewal, Maternity, VolunteerMemo, SummerStorm, TuitionDeferral, AmbulanceOrder, ReadingTest, RabiesDrive, LeaveForward];
}
