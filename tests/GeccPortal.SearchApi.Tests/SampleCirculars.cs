using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.SearchApi.Tests;

/// <summary>Small inline circulars for the API tests: Thai text of the kinds real letters carry.</summary>
internal static class SampleCirculars
{
    public static SearchDocument Dengue { get; } = Circular(
        "สธ ๐๒๑๑.๔/ว ๑๒๓", "dengue-meeting", new DateOnly(2025, 3, 14), "ขอเชิญประชุมชี้แจงแนวทางการป้องกันโรคไข้เลือดออก", "ด่วน",
        "ด้วยกรมควบคุมโรคกำหนดจัดประชุมชี้แจงแนวทางการป้องกันและควบคุมโรคไข้เลือดออก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ในวันที่ ๒๘ มีนาคม ๒๕๖๘ ณ ห้องประชุมชั้น ๓ จึงขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุม");

    public static SearchDocument SchoolBudget { get; } = Circular(
        "ศธ ๐๔๐๐๗/ว ๕๕", "school-repairs", new DateOnly(2024, 11, 5), "การจัดสรรงบประมาณรายจ่ายเพื่อซ่อมแซมอาคารเรียน", null,
        "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ งบลงทุน ค่าปรับปรุงซ่อมแซมอาคารเรียน จำนวน ๑,๒๕๐ หลัง รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย");

    public static SearchDocument ServiceCentre { get; } = Circular(
        "มท ๐๘๑๐.๓/ว ๗๖", "service-centre", new DateOnly(2025, 1, 7), "การรับสมัครหน่วยงานเข้ารับการรับรองมาตรฐานศูนย์บริการประชาชน", "ด่วนที่สุด",
        "กระทรวงมหาดไทยขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นสมัครขอรับการรับรองมาตรฐานการให้บริการ ทั้งนี้ สอบถามรายละเอียดได้ที่ โทร. ๐ ๔๒๕๑ ๕๗๒๐");

    /// <summary>Published only in a later generation, to see a swap take effect.</summary>
    public static SearchDocument FireVolunteers { get; } = Circular(
        "นพ ๐๐๒๓.๓/ว ๓๐๑", "civil-defence-volunteers", new DateOnly(2025, 6, 2), "ประกาศรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน", null,
        "จังหวัดนครพนมประกาศรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน ผู้สนใจยื่นใบสมัครได้ที่ที่ว่าการอำเภอทุกแห่ง");

    public static IReadOnlyList<SearchDocument> First { get; } = [Dengue, SchoolBudget, ServiceCentre];

    private static SearchDocument Circular(string reference, string slug, DateOnly date, string title, string? urgency, string body)
    {
        var parsed = CircularRef.Parse(reference);
        return new SearchDocument
        {
            Ref = reference,
            NormalizedRef = parsed.Normalized,
            Date = date,
            Title = title,
            Url = $"circulars/{slug}/",
            Agency = parsed.Agency,
            Urgency = urgency,
            Body = body,
        };
    }
}
