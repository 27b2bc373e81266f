using GeccPortal.Search.Indexing;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests.SeedLetters;

/// <summary>
/// The three real letters of the seed (memo → DLA letter → Nakhon Phanom letter), bodies as extracted from
/// their PDFs (split sara am, a stray nikhahit, hard-wrapped lines), headings as the generator passes them.
/// </summary>
public static class SeedCorpus
{
    private const string Title = "การขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘";

    public static IReadOnlyList<SearchDocument> All { get; } =
    [
        Circulars.Make("ที่ มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒", new DateOnly(2024, 12, 25), Title, Body("moi-memo-w131122.txt"), d => d with
        {
            Type = "internal",
            Issuer = "สำนักงานปลัดกระทรวงมหาดไทย",
            To = ["หัวหน้าส่วนราชการระดับกรม และหัวหน้าหน่วยงานรัฐวิสาหกิจ ในสังกัดกระทรวงมหาดไทย"],
            SignerName = "นายชจร ศรีชวโนทัย",
            SignerPosition = "รองปลัดกระทรวงมหาดไทย ปฏิบัติราชการแทน ปลัดกระทรวงมหาดไทย",
            ContactPhone = "๐ ๒๖๒๒ ๐๙๖๐",
        }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๖", new DateOnly(2025, 1, 7), Title, Body("dla-w76.txt"), d => d with
        {
            Urgency = "ด่วนที่สุด",
            Issuer = "กรมส่งเสริมการปกครองท้องถิ่น",
            To = ["ผู้ว่าราชการจังหวัด ทุกจังหวัด"],
            SignerName = "นายศิริพันธ์ ศรีกงพลี",
            SignerPosition = "รองอธิบดี ปฏิบัติราชการแทน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",
            ContactUnit = "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น",
            ContactPhone = "๐๒ ๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒",
            ContactEmail = "saraban@dla.go.th",
            EnclosureTitles = ["สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗"],
            CitedRefs = ["มท ๐๒๑๘.๑/ว ๑๓๑๘๒"],
        }),
        Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๒๗๔", new DateOnly(2025, 1, 23), Title, Body("nakhon-phanom-w274.txt"), d => d with
        {
            Urgency = "ด่วนที่สุด",
            Issuer = "ศาลากลางจังหวัดนครพนม",
            To = ["นายอำเภอทุกอำเภอ นายกองคํการบริหารส่วนจังหวัดนครพนม และนายกเทศมนตรีเมืองนครพนม"],
            SignerName = "ว่าที่ร้อยตรี รยรุ่ง ไครบุตร",
            SignerPosition = "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดนครพนม",
            ContactUnit = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
            ContactPhone = "๐ ๔๒๕๑ ๕๗๒๐",
            EnclosureTitles = ["สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๗๖ ลงวันที่ ๙ มกราคม ๒๕๖๘"],
            CitedRefs = ["มท ๐๘๑๐.๗/ว ๗๖"],
        }),
    ];

    private static string Body(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedLetters", file));
}
