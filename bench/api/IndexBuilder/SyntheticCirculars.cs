using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Bench.ApiIndex;

/// <summary>
/// Circulars of realistic Thai text: bodies recombined from the clauses of the seed letters, with refs, dates,
/// agencies, urgency and signers varied. Deterministic for a given seed.
/// </summary>
internal sealed class SyntheticCirculars(int seed)
{
    private static readonly (string Code, string Name)[] Agencies =
    [
        ("มท", "กระทรวงมหาดไทย"), ("สธ", "กระทรวงสาธารณสุข"), ("ศธ", "กระทรวงศึกษาธิการ"), ("กษ", "กระทรวงเกษตรและสหกรณ์"),
        ("คค", "กระทรวงคมนาคม"), ("กค", "กระทรวงการคลัง"), ("นร", "สำนักนายกรัฐมนตรี"), ("นพ", "จังหวัดนครพนม"),
        ("ขก", "จังหวัดขอนแก่น"), ("ชม", "จังหวัดเชียงใหม่"), ("อด", "จังหวัดอุดรธานี"), ("สข", "จังหวัดสงขลา"),
    ];

    private static readonly string[] Subjects =
    [
        "การขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก", "การประชุมชี้แจงทำความเข้าใจเกี่ยวกับหลักเกณฑ์มาตรฐาน",
        "การประชาสัมพันธ์เชิญชวนองค์กรปกครองส่วนท้องถิ่น", "การยกระดับการให้บริการของหน่วยงานรัฐ",
        "การมอบหมายผู้แทนเข้าร่วมการประชุมทางไกล", "การสมัครขอรับการรับรองมาตรฐานผ่านระบบออนไลน์",
        "การอำนวยความสะดวกให้กับประชาชนในการติดต่อราชการ", "การส่งใบสมัครและศึกษารายละเอียดหลักเกณฑ์",
    ];

    private static readonly string[] Urgencies = ["ด่วนที่สุด", "ด่วนมาก", "ด่วน"];
    private static readonly string[] Types = ["external", "external", "external", "internal", "order", "announcement"];
    private static readonly string[] GivenNames = ["ศิริพันธ์", "ชจร", "รยรุ่ง", "วิภาวี", "สมชาย", "สุดารัตน์", "ประเสริฐ", "กาญจนา"];
    private static readonly string[] FamilyNames = ["ศรีกงพลี", "ศรีชวโนทัย", "ไครบุตร", "คงชัย", "ใจดี", "บุญมา", "ทองคำ", "แสงอรุณ"];

    private readonly Random _random = new(seed);
    private readonly string[] _clauses = ReadClauses();

    public IEnumerable<SearchDocument> Generate(int count)
    {
        var numbers = new Dictionary<(string, int), int>();
        for (var i = 0; i < count; i++)
        {
            var (code, name) = Pick(Agencies);
            var date = new DateOnly(2020, 1, 1).AddDays(_random.Next(6 * 365));
            var key = (code, date.Year);
            numbers[key] = numbers.GetValueOrDefault(key) + 1;
            var office = $"{_random.Next(1, 30):0000}.{_random.Next(1, 8)}";
            var reference = ThaiDigits.Format($"{code} {office}/ว {numbers[key]}", DigitStyle.Thai);
            var subject = Pick(Subjects);
            yield return new SearchDocument
            {
                Ref = reference,
                NormalizedRef = CircularRef.Parse(reference).Normalized,
                Date = date,
                Title = $"{subject} ประจำปีงบประมาณ พ.ศ. {ThaiDigits.Format(ThaiDates.FiscalYear(date), DigitStyle.Thai)}",
                Url = $"circulars/{date.Year}/{i}/",
                Agency = code,
                AgencyName = name,
                Type = Pick(Types),
                Urgency = _random.Next(2) == 0 ? null : Pick(Urgencies),
                Body = Body(),
                Issuer = name,
                SignerName = $"นาย{Pick(GivenNames)} {Pick(FamilyNames)}",
                SignerPosition = "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัด",
                ContactPhone = ThaiDigits.Format($"0 {_random.Next(2000, 5999)} {_random.Next(1000, 9999)}", DigitStyle.Thai),
                Tags = [subject[..Math.Min(12, subject.Length)]],
            };
        }
    }

    private string Body()
    {
        var clauses = Enumerable.Range(0, _random.Next(12, 40)).Select(_ => Pick(_clauses));
        return string.Join(' ', clauses);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>The seed paragraphs cut at the spaces Thai writing uses between clauses.</summary>
    private static string[] ReadClauses()
    {
        using var stream = typeof(SyntheticCirculars).Assembly.GetManifestResourceStream("seed-paragraphs.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }
}
