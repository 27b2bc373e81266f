using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An office's name typed as a query lists the letters it issued above the letters forwarding them, which write its
/// name in their text, often more than once, or its abbreviation (probe 6: the district office's forwarding letter came
/// first for สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน and for สพฐ. อาหารกลางวัน).
/// </summary>
public sealed class IssuingBodyRankTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ศธ ๐๔๐๐๖/ว ๓๒๑๐", new DateOnly(2025, 6, 17),
            "การจัดสรรเงินอุดหนุนค่าอาหารกลางวันนักเรียน ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๘",
            "ด้วยคณะรัฐมนตรีได้มีมติเห็นชอบปรับอัตราค่าอาหารกลางวันนักเรียนเป็นคนละ ๓๖ บาทต่อวัน " +
            "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานจึงโอนจัดสรรเงินอุดหนุนค่าอาหารกลางวันให้สำนักงานเขตพื้นที่การศึกษา " +
            "โดยให้เบิกจ่ายตามระเบียบกระทรวงการคลังว่าด้วยการเบิกจ่ายเงินจากคลัง การเก็บรักษาเงิน และการนำเงินส่งคลัง พ.ศ. ๒๕๖๒",
            d => d with
            {
                Url = "circulars/obec/",
                Issuer = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\nถนนราชดำเนินนอก กทม. ๑๐๓๐๐",
                SignerName = "นายธีร์ ภวังคนันท์",
                SignerPosition = "รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการแทน",
            }),
        Circulars.Make("ที่ ศธ ๐๔๑๐๙/ว ๔๕๖", new DateOnly(2025, 6, 25),
            "แจ้งการจัดสรรเงินอุดหนุนค่าอาหารกลางวันนักเรียน ภาคเรียนที่ ๑/๒๕๖๘",
            "ตามหนังสือที่อ้างถึง สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานแจ้งจัดสรรเงินอุดหนุนค่าอาหารกลางวันนักเรียน นั้น " +
            "สพป.ขอนแก่น เขต ๑ ได้โอนเงินค่าอาหารกลางวันเข้าบัญชีโรงเรียนเรียบร้อยแล้ว ขอให้โรงเรียนรายงานการใช้จ่ายตามแบบที่ สพฐ. กำหนด",
            d => d with
            {
                Url = "circulars/district/",
                Issuer = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑\nถนนศรีจันทร์ อำเภอเมือง จังหวัดขอนแก่น ๔๐๐๐๐",
                EnclosureTitles = ["สำเนาหนังสือ สพฐ. ที่ ศธ ๐๔๐๐๖/ว ๓๒๑๐"],
                CitedRefs = ["ศธ ๐๔๐๐๖/ว ๓๒๑๐"],
            }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๗", new DateOnly(2025, 3, 1), "การเบิกจ่ายเงินอุดหนุน",
            "ขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นเบิกจ่ายเงินอุดหนุนให้ทันภายในปีงบประมาณ",
            d => d with { Url = "circulars/moi/", Issuer = "กรมส่งเสริมการปกครองท้องถิ่น\nถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐" }),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน")]
    [InlineData("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน อาหารกลางวัน")]
    [InlineData("สพฐ. อาหารกลางวัน")]
    [InlineData("สพฐ อาหารกลางวัน")]
    public void The_office_named_lists_its_own_letter_above_the_one_forwarding_it(string typed)
    {
        var urls = _index.Search(typed).Hits.Select(hit => hit.Url).ToList();
        Assert.Equal(["circulars/obec/", "circulars/district/"], urls);
    }

    [Fact]
    public void The_issuers_address_does_not_rank_its_letters_for_a_place()
    {
        // Only the first line, the body's name, ranks: ขอนแก่น in the district office's address line is text as before.
        var urls = _index.Search("ถนนศรีจันทร์").Hits.Select(hit => hit.Url).ToList();
        Assert.Equal(["circulars/district/"], urls);
    }
}
