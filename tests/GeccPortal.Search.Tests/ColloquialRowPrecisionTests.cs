using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A colloquial row must be an equivalence an official would accept: a row that is broader than the word (เงินเยียวยา as
/// any เงินช่วยเหลือ) or another thing (เช็ค, a cheque in a letter, as ตรวจสอบ) lists letters about something else as exact
/// hits. Rows of that kind came with search probe 11 and were dropped in its review.
/// </summary>
public sealed class ColloquialRowPrecisionTests : IDisposable
{
    private const string Cheque = "กค0402.2/ว20";
    private const string Allowance = "กค0422.3/ว21";
    private const string Checking = "มท0810.2/ว22";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๐๒.๒/ว ๒๐", new DateOnly(2025, 2, 3), "การสั่งจ่ายเช็คของส่วนราชการ",
            "ให้ส่วนราชการสั่งจ่ายเช็คขีดคร่อมในนามเจ้าหนี้เท่านั้น"),
        Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๒๑", new DateOnly(2025, 2, 4), "เงินช่วยเหลือการศึกษาบุตร",
            "อัตราเงินช่วยเหลือการศึกษาบุตรประจำปีการศึกษา ๒๕๖๘"),
        Circulars.Make("ที่ มท ๐๘๑๐.๒/ว ๒๒", new DateOnly(2025, 2, 5), "การตรวจสอบรายชื่อผู้มีสิทธิ",
            "ขอให้ชำระค่าธรรมเนียมและตรวจสอบรายชื่อผู้มีสิทธิให้ถูกต้อง"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("เช็ค", Cheque)]
    [InlineData("จ่ายเช็ค", Cheque)]
    [InlineData("เงินช่วยเหลือ", Allowance)]
    public void A_word_finds_only_the_letters_about_it(string query, string expected)
    {
        Assert.False(_index.Search(query).Approximate);
        Assert.Equal([expected], _index.Refs(query));
    }

    [Fact]
    public void Compensation_is_not_every_kind_of_help()
    {
        Assert.DoesNotContain(Allowance, _index.Refs("เงินเยียวยา"));
    }

    [Fact]
    public void Checking_is_not_a_cheque()
    {
        Assert.DoesNotContain(Checking, _index.Refs("เช็ค"));
    }
}
