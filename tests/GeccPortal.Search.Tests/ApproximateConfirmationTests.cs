using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The approximate second try lists only letters near the query in its words: common bigrams one edit away (การ,
/// ราช, ตั้ง, เลือด) are in any long letter and found letters that have nothing to do with it.
/// </summary>
public sealed class ApproximateConfirmationTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๘๐๔.๓/ว ๕๖๗", new DateOnly(2024, 12, 20), "การเตรียมการเลือกตั้งนายกองค์การบริหารส่วนจังหวัด",
            "ด้วยคณะกรรมการการเลือกตั้งได้ประกาศให้มีการเลือกตั้งนายกองค์การบริหารส่วนจังหวัดทั่วประเทศ ขอให้องค์กรปกครองส่วนท้องถิ่นจัดสถานที่เลือกตั้ง "
            + "และให้ข้าราชการวางตัวเป็นกลางทางการเมือง"),
        Circulars.Make("ที่ สธ ๐๔๑๐.๖/ว ๒๒๑๐", new DateOnly(2025, 6, 18), "การเฝ้าระวังป้องกันและควบคุมโรคไข้เลือดออกในช่วงฤดูฝน",
            "ด้วยสถานการณ์โรคไข้เลือดออกตั้งแต่วันที่ ๑ มกราคม ๒๕๖๘ พบผู้ป่วยสะสม ๑๒,๓๔๕ ราย ส่วนใหญ่เป็นเด็กอายุ ๕ - ๑๔ ปี "
            + "ขอให้ประสานโรงพยาบาลส่งเสริมสุขภาพตำบลรณรงค์กำจัดลูกน้ำยุงลาย ผู้ป่วยที่มีไข้สูงให้ใช้ยาพาราเซตามอลเท่านั้น"),
        Circulars.Make("ที่ กค ๐๔๑๖.๒/ว ๓๒๑", new DateOnly(2025, 4, 2), "การเบิกจ่ายเงินค่ารักษาพยาบาลในระบบเบิกจ่ายตรงในสถานพยาบาลของเอกชน",
            "ผู้มีสิทธิและบุคคลในครอบครัวเข้ารับการรักษาพยาบาลประเภทผู้ป่วยนอกในสถานพยาบาลของเอกชนได้ในกรณีโรคเรื้อรัง "
            + "ตั้งแต่วันที่ ๑ พฤษภาคม ๒๕๖๘ โดยใช้บัตรประจำตัวประชาชนยืนยันตัวตน"),
        Circulars.Make("ที่ ศธ ๐๔๐๐๖/ว ๓๔๕", new DateOnly(2025, 1, 23), "มาตรการป้องกันผลกระทบต่อสุขภาพนักเรียนจากฝุ่นละอองขนาดเล็ก PM2.5",
            "ด้วยหลายพื้นที่มีค่าฝุ่นละอองขนาดเล็กเกินค่ามาตรฐาน ขอให้สถานศึกษาติดตามค่าฝุ่นทุกเช้าและแสดงธงสีหน้าโรงเรียน "
            + "กรณีค่าฝุ่นเกินมาตรฐานมาก ให้ผู้อำนวยการสถานศึกษาพิจารณาปิดเรียนได้ไม่เกิน ๗ วัน"),
        Circulars.Make("ที่ รง ๐๖๐๒/ว ๘๘", new DateOnly(2025, 3, 3), "การประชาสัมพันธ์การสมัครเป็นผู้ประกันตนตามมาตรา ๔๐ แห่งพระราชบัญญัติประกันสังคม",
            "สำนักงานประกันสังคมขยายความคุ้มครองแก่แรงงานนอกระบบ ให้สมัครเป็นผู้ประกันตนตามมาตรา ๔๐ เลือกจ่ายเงินสมทบ ๗๐ บาท ๑๐๐ บาท หรือ ๓๐๐ บาทต่อเดือน"),
        Circulars.Make("ที่ นร ๐๗๐๔/ว ๑๒", new DateOnly(2025, 1, 10), "แนวทางการจัดทำคำของบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
            "ตามที่คณะรัฐมนตรีได้มีมติเห็นชอบปฏิทินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงบประมาณจึงขอให้หน่วยรับงบประมาณจัดทำคำของบประมาณ "
            + "โดยให้ความสำคัญกับโครงการที่สอดคล้องกับยุทธศาสตร์ชาติ"),
        Circulars.Make("ที่ มท ๐๖๒๔/ว ๙๙๙", new DateOnly(2025, 3, 5), "การเตรียมความพร้อมป้องกันและบรรเทาสาธารณภัยกรณีภัยแล้ง",
            "ด้วยปริมาณฝนจะต่ำกว่าค่าปกติ ทำให้หลายพื้นที่เสี่ยงต่อการขาดแคลนน้ำ ขอให้จังหวัดสั่งการอำเภอสำรวจแหล่งน้ำ "
            + "ตามระเบียบกระทรวงการคลังว่าด้วยเงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน"),
        Circulars.Make("ที่ มท ๐๘๐๘.๓/ว ๑๒๓๔", new DateOnly(2025, 2, 14), "แนวทางการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
            "ขอให้องค์กรปกครองส่วนท้องถิ่นส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้างให้ผู้เสียภาษี และรับชำระภาษีภายในวันที่ ๓๐ เมษายน ๒๕๖๘"),
        Circulars.Make("ที่ ชม ๐๐๑๘.๒/ว ๘๑๒", new DateOnly(2025, 2, 3), "มาตรการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน",
            "จังหวัดเชียงใหม่ขอให้อำเภอทุกอำเภอเฝ้าระวังไฟป่าและห้ามเผาในที่โล่ง"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เลือกตัง", "มท0804.3/ว567")] // not the letter about ไข้เลือดออก ตั้งแต่ …
    [InlineData("ประกันสังคัม", "รง0602/ว88")] // not the budget letter
    [InlineData("ฝุ่นในโรงเรียน", "ศธ04006/ว345")] // ฝุ่น … โรงเรียน apart; not the letter with ใน … โรงพยาบาล
    [InlineData("ไฟป่าเชียงใหม", "ชม0018.2/ว812")] // ไฟป่า … เชียงใหม่ apart, the second with a slip
    public void A_slip_finds_only_the_letter_with_the_word(string query, string expected)
    {
        var response = _index.Search(query);

        Assert.True(response.Approximate);
        Assert.Equal([expected], _index.Refs(query));
    }

    [Theory]
    [InlineData("ศูนย์ราชการสะดวก")] // no letter about it: ราชการ of ข้าราชการ and เงินทดรองราชการ is not enough
    [InlineData("ภาษีที่ดิน ภัยแล้ง")] // two topics, each in a letter of its own: the second word is no slip
    public void A_query_whose_words_no_letter_has_finds_nothing(string query)
    {
        var response = _index.Search(query);

        Assert.Equal(0, response.Total);
        Assert.False(response.Approximate);
    }

    [Fact]
    public void The_total_and_facets_count_only_the_letters_listed()
    {
        var response = _index.Search("เลือกตัง");

        Assert.Equal(response.Hits.Count, response.Total);
        Assert.Equal(response.Total, response.Facets.Agency.Sum(facet => facet.Count));
    }
}
