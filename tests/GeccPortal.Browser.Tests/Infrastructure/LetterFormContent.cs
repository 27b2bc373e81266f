namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// A content folder of external letters in the shapes the Regulation on Correspondence's form takes and the
/// seed letters do not all show: one reference and one enclosure (printed without numbers), two of each
/// (numbered), an issuer's address whose second line is the longer; and an order and an announcement. Written to a temp folder; the caller
/// deletes it.
/// </summary>
public static class LetterFormContent
{
    /// <summary>The letter with one reference and one enclosure.</summary>
    public const string One = "กค ๐๔๐๕.๒/ว ๑๑๙";

    /// <summary>The letter with two references and two enclosures.</summary>
    public const string Many = "กค ๐๔๐๕.๒/ว ๑๒๐";

    /// <summary>
    /// A letter as editors write one from the paper: its reference's title the อ้างถึง line as printed (ref and date
    /// in it), and members listed a line each after the paragraph that names them, numbered in Thai digits.
    /// </summary>
    public const string AsPrinted = "กค ๐๔๐๕.๒/ว ๑๒๒";

    /// <summary>
    /// A letter whose body holds a table of budget lines: five columns of amounts, wider than a phone, and rows whose
    /// item runs over several lines, marked <c>R07A</c> at its start and <c>R07Z</c> at its end, many enough to fill
    /// more than one A4 sheet.
    /// </summary>
    public const string Table = "กค ๐๔๐๕.๒/ว ๑๒๓";

    /// <summary>A letter signed for another (ปฏิบัติราชการแทน) by a long position, wider than half the letter at 1280 px.</summary>
    public const string LongPosition = "กค ๐๔๐๕.๒/ว ๑๒๔";

    /// <summary>
    /// A letter as editors paste one: a numbered list typed with blank lines between its items (so each item holds a
    /// paragraph), and a table from Word, its width in points wider than A4 (<c>width:900pt</c>) and a paragraph in each cell.
    /// </summary>
    public const string Pasted = "กค ๐๔๐๕.๒/ว ๑๒๕";

    /// <summary>An order (คำสั่ง), its ref written as the order's number and year.</summary>
    public const string Order = "กค ๑๒/๒๕๖๘";

    /// <summary>An announcement (ประกาศ).</summary>
    public const string Announcement = "กค ๐๔๐๕.๒/ว ๑๒๑";

    /// <summary>An announcement numbered without agency letters, named by a long heading (written <c>ที่ ๗/๒๕๖๘</c> with its issuer).</summary>
    public const string Headed = "ประกาศสำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม ที่ ๗/๒๕๖๘";

    /// <summary>A sealed letter (หนังสือประทับตรา): ถึง, the text, the seal line with the date under it, no signer.</summary>
    public const string Sealed = "กค ๐๔๐๕.๒/ว ๑๒๖";

    /// <summary>A letter to two addressees (<c>to</c> as a list), as a department writes to two kinds of office.</summary>
    public const string TwoAddressees = "กค ๐๔๐๕.๒/ว ๑๒๗";

    public static string Write()
    {
        var root = Path.Combine(Path.GetTempPath(), "gecc-letter-form-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "circulars"));
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: ทดสอบแบบหนังสือ\nbaseUrl: /\ndigits: thai\nsearchApi: /api\n");
        File.WriteAllText(Path.Combine(root, "agencies.yml"), "กค: กระทรวงการคลัง\n");
        Letter(root, "one", One, "๑๐ กุมภาพันธ์ ๒๕๖๘", """
            urgency: ด่วน
            references:
              - ref: กค ๐๔๐๕.๒/ว ๕๐
                date: ๑ มิถุนายน ๒๕๖๗
                title: หนังสือกรมบัญชีกลาง
            enclosures:
              - title: สำเนาหนังสือกรมบัญชีกลาง จำนวน ๑ ชุด
            """);
        Letter(root, "many", Many, "๑๑ กุมภาพันธ์ ๒๕๖๘", """
            references:
              - ref: กค ๐๔๐๕.๒/ว ๕๐
                title: หนังสือกรมบัญชีกลาง
              - ref: กค ๐๔๐๕.๒/ว ๖๐
                title: หนังสือกรมบัญชีกลาง
            enclosures:
              - title: หลักเกณฑ์การเบิกจ่าย จำนวน ๑ ชุด
              - title: แบบรายงาน จำนวน ๒ ฉบับ
            """);
        Letter(root, "as-printed", AsPrinted, "๑๒ กุมภาพันธ์ ๒๕๖๘", """
            references:
              - ref: กค ๐๔๐๕.๒/ว ๑๑๙
                date: ๑๐ กุมภาพันธ์ ๒๕๖๘
                title: หนังสือกรมบัญชีกลาง ด่วน ที่ กค ๐๔๐๕.๒/ว ๑๑๙ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘
            """, """
            กรมบัญชีกลางขอแจ้งรายชื่อคณะทำงานปรับปรุงหลักเกณฑ์การเบิกจ่ายค่าเช่าบ้านข้าราชการ ดังนี้
            ๑. อธิบดีกรมบัญชีกลาง ประธานคณะทำงาน
            ๒. รองอธิบดีกรมบัญชีกลางที่ได้รับมอบหมาย รองประธานคณะทำงาน
            ๓. ผู้อำนวยการกองกฎหมาย คณะทำงานและเลขานุการ

            จึงเรียนมาเพื่อโปรดทราบ
            """);
        Letter(root, "table", Table, "๑๔ กุมภาพันธ์ ๒๕๖๘", "", TableBody());
        Letter(root, "pasted", Pasted, "๑๖ กุมภาพันธ์ ๒๕๖๘", "", PastedBody);
        File.WriteAllText(Path.Combine(root, "circulars", "long-position.md"), $"""
            ---
            ref: {LongPosition}
            date: ๑๕ กุมภาพันธ์ ๒๕๖๘
            title: แนวทางการเบิกจ่ายค่าเช่าบ้านข้าราชการในสถานศึกษา
            to: ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ทุกเขต
            signer:
              name: นายทดสอบ ระบบงาน
              position: |-
                รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน ปฏิบัติราชการแทน
                เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน
            ---
            {LetterBody}

            """);
        Decree(root, "order", Order, "order", "แต่งตั้งคณะทำงานปรับปรุงหลักเกณฑ์การเบิกจ่ายค่าเช่าบ้าน");
        Decree(root, "announcement", Announcement, "announcement", "รับฟังความคิดเห็นต่อร่างหลักเกณฑ์การเบิกจ่ายค่าเช่าบ้าน");
        File.WriteAllText(Path.Combine(root, "circulars", "sealed.md"), $"""
            ---
            ref: {Sealed}
            date: ๑๗ กุมภาพันธ์ ๒๕๖๘
            title: ขอส่งแบบรายงานการเบิกจ่ายค่าเช่าบ้าน
            type: sealed
            issuer: กรมบัญชีกลาง
            to: ผู้ว่าราชการจังหวัด ทุกจังหวัด
            contact:
              unit: กองกฎหมาย
              phone: ๐ ๒๑๒๗ ๗๐๐๐
            ---
            กรมบัญชีกลางขอส่งแบบรายงานการเบิกจ่ายค่าเช่าบ้านข้าราชการมาเพื่อโปรดทราบ และแจ้งส่วนราชการในพื้นที่ใช้ต่อไป

            """);
        File.WriteAllText(Path.Combine(root, "circulars", "two-addressees.md"), $"""
            ---
            ref: {TwoAddressees}
            date: ๑๘ กุมภาพันธ์ ๒๕๖๘
            title: การเบิกจ่ายค่าเช่าบ้านข้าราชการ
            to:
              - ผู้ว่าราชการจังหวัด ทุกจังหวัด
              - ผู้ว่าราชการกรุงเทพมหานคร
            signer:
              name: นายทดสอบ ระบบงาน
              position: อธิบดีกรมบัญชีกลาง
            ---
            กรมบัญชีกลางขอแจ้งแนวทางการเบิกจ่ายค่าเช่าบ้านข้าราชการมาเพื่อโปรดทราบ

            """);
        File.WriteAllText(Path.Combine(root, "circulars", "headed.md"), """
            ---
            ref: ที่ ๗/๒๕๖๘
            date: ๑๓ กุมภาพันธ์ ๒๕๖๘
            title: รายชื่อผู้ผ่านการประเมินมาตรฐานศูนย์ราชการสะดวก
            type: announcement
            issuer: สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม
            ---
            สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมขอประกาศรายชื่อหน่วยงานที่ผ่านการประเมินมาตรฐานศูนย์ราชการสะดวก

            """);
        return root;
    }

    /// <summary>An order or an announcement: no เรียน and no contact, as their forms have none.</summary>
    private static void Decree(string root, string slug, string reference, string type, string title) =>
        File.WriteAllText(Path.Combine(root, "circulars", slug + ".md"), $"""
            ---
            ref: {reference}
            date: ๑๒ กุมภาพันธ์ ๒๕๖๘
            title: {title}
            type: {type}
            issuer: กรมบัญชีกลาง
            signer:
              name: นายทดสอบ ระบบงาน
              position: อธิบดีกรมบัญชีกลาง
            ---
            เพื่อให้การเบิกจ่ายค่าเช่าบ้านข้าราชการเป็นไปด้วยความเรียบร้อยและเป็นแนวทางเดียวกันทั่วประเทศ กรมบัญชีกลางจึงกำหนดแนวทางไว้ดังนี้

            ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

            """);

    private static string TableBody()
    {
        var rows = Enumerable.Range(1, 30).Select(n =>
            $"| {n} | R{n:00}A ค่าใช้จ่ายในการจัดซื้อครุภัณฑ์สำนักงานและวัสดุคอมพิวเตอร์สำหรับศูนย์ปฏิบัติการ ค่าบำรุงรักษาระบบเครือข่ายและค่าจ้างเหมาบริการทำความสะอาดอาคารสำนักงาน R{n:00}Z | ๑๒,๕๐๐,๐๐๐.๐๐ | ๑๓,๒๐๐,๐๐๐.๐๐ | ๑๔,๐๐๐,๐๐๐.๐๐ | ๖.๐๖ |");
        return "กรมบัญชีกลางขอแจ้งประมาณการรายจ่าย ดังนี้\n\n| ลำดับ | รายการ | ปี ๒๕๖๗ (บาท) | ปี ๒๕๖๘ (บาท) | ปี ๒๕๖๙ (บาท) | ร้อยละ |\n|---:|---|---:|---:|---:|---:|\n"
            + string.Join("\n", rows) + "\n\nจึงเรียนมาเพื่อโปรดทราบ";
    }

    private const string PastedBody = """
        กรมบัญชีกลางขอซักซ้อมความเข้าใจ ดังนี้

        1. การอนุมัติฎีกาต้องกระทำโดยผู้มีอำนาจเท่านั้น

        2. การจัดทำฎีกาให้แนบเอกสารหลักฐานประกอบการเบิกจ่ายให้ครบถ้วน

        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;width:900pt'>
        <tr><td style='width:150pt'><p class=MsoNormal>ลำดับ</p></td><td><p class=MsoNormal>รายการ</p></td></tr>
        <tr><td><p class=MsoNormal>๑</p></td><td><p class=MsoNormal>ข้อมูลบุคลากร</p></td></tr>
        </table>

        จึงเรียนมาเพื่อโปรดทราบ
        """;

    private const string LetterBody = """
        ตามที่กรมบัญชีกลางได้แจ้งแนวทางการเบิกจ่ายค่าเช่าบ้านข้าราชการ ความละเอียดแจ้งแล้ว นั้น

        กรมบัญชีกลางพิจารณาแล้ว ขอแจ้งแนวทางเพิ่มเติม รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย

        จึงเรียนมาเพื่อโปรดทราบ
        """;

    private static void Letter(string root, string slug, string reference, string date, string parts, string body = LetterBody) =>
        File.WriteAllText(Path.Combine(root, "circulars", slug + ".md"), $"""
            ---
            ref: {reference}
            date: {date}
            title: แนวทางการเบิกจ่ายค่าเช่าบ้านข้าราชการ
            issuer: |-
              กรมบัญชีกลาง
              ถนนพระรามที่ ๖ แขวงพญาไท เขตพญาไท กทม. ๑๐๔๐๐
            to: ผู้ว่าราชการจังหวัด ทุกจังหวัด
            {parts}
            signer:
              name: นายทดสอบ ระบบงาน
              position: |-
                รองอธิบดี ปฏิบัติราชการแทน
                อธิบดีกรมบัญชีกลาง
            contact:
              unit: กองกฎหมาย
              phone: ๐ ๒๑๒๗ ๗๐๐๐
              email: saraban@example.go.th
            ---
            {body}

            """);
}
