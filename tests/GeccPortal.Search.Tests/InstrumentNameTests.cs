using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A regulation recalled by its kind and subject alone (probe 8: <c>ระเบียบการลา 2568</c> found only approximately the letter
/// sending ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ (ฉบับที่ ๔) พ.ศ. ๒๕๖๘): the two in order, the issuer and ว่าด้วย between.
/// </summary>
public sealed class InstrumentNameTests : IDisposable
{
    private const string Leave = "อด0033.001/ว412";
    private const string Apart = "มท0810.3/ว901";

    private readonly TempIndex _index = new([
        ProbeEightLetters.LeaveForward,
        ProbeEightLetters.Maternity,
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๙๐๑", new DateOnly(2025, 3, 3), "การจัดทำระเบียบวาระการประชุม",
            "ขอให้จัดทำระเบียบวาระการประชุมสภาท้องถิ่นสมัยสามัญให้ครบถ้วนตามที่กฎหมายกำหนดไว้ทุกประการ และแจ้งผู้บริหารท้องถิ่นที่ลาประชุม"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ระเบียบการลา")]
    [InlineData("ระเบียบการลา 2568")]
    [InlineData("ระเบียบลา ฉบับที่ 4")]
    public void The_kind_and_subject_find_the_instrument_named_with_words_between(string typed)
    {
        Assert.Equal(Leave, _index.ExactRefs(typed).FirstOrDefault());
    }

    [Fact]
    public void The_two_far_apart_are_not_it()
    {
        Assert.DoesNotContain(Apart, _index.ExactRefs("ระเบียบการลา"));
    }

    [Theory]
    [InlineData("ระเบียบการเบิกจ่ายเงินจากคลัง")]
    [InlineData("การลา")]
    [InlineData("ระเบียบ")]
    public void Only_a_kind_with_a_short_subject_is_read_so(string typed)
    {
        var words = QueryPlan.Parse(typed).Words;
        Assert.Empty(InstrumentNames.Readings(Assert.Single(words)));
    }
}
