using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words typed with an abbreviation (<c>พรบ.สาธารณสุข</c>, probe 6) rank the letter naming the thing
/// (<c>พระราชบัญญัติการสาธารณสุข</c>) above one with the words far apart, though the letter's text segments otherwise.
/// </summary>
public sealed class WordsStandingTogetherTests : IDisposable
{
    private const string Act = "สธ0923/ว55";
    private const string Apart = "สธ0923/ว56";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ สธ ๐๙๒๓/ว ๕๖", new DateOnly(2025, 2, 3), "การประชุมเชิงปฏิบัติการ",
            "ตามพระราชบัญญัติงบประมาณรายจ่าย ให้หน่วยงานสาธารณสุขประชุม"),
        Circulars.Make("ที่ สธ ๐๙๒๓/ว ๕๕", new DateOnly(2025, 2, 2), "การควบคุมเหตุรำคาญ",
            "อาศัยอำนาจตามพระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕ ให้องค์กรปกครองส่วนท้องถิ่นออกข้อบัญญัติควบคุมเหตุรำคาญในพื้นที่"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("พรบ.สาธารณสุข")]
    [InlineData("พ.ร.บ.สาธารณสุข")]
    [InlineData("พรบ สาธารณสุข")]
    public void The_letter_naming_the_act_comes_first(string typed)
    {
        Assert.Equal([Act, Apart], _index.ExactRefs(typed));
    }
}
