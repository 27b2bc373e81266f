using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>The urgency and the kind of letter are printed on it, so they are found as words, not only as filters.</summary>
public sealed class LetterHeadingWordTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ ชม ๐๐๑๗.๓/ว ๑๑", new DateOnly(2025, 3, 10), "มาตรการป้องกันไฟป่า",
            "ให้อำเภอเฝ้าระวังจุดความร้อนในพื้นที่ป่า", d => d with { Type = "directive", Urgency = "ด่วนมาก" }),
        Circulars.Make("ที่ ชม ๐๐๑๗.๓/ว ๑๒", new DateOnly(2025, 3, 11), "การประชุมประจำเดือน",
            "ขอเชิญประชุมประจำเดือนมีนาคม", d => d with { Type = "external" }),
    ]);

    [Theory]
    [InlineData("ด่วนมาก")]
    [InlineData("หนังสือสั่งการ")]
    [InlineData("หนังสือสั่งการ ไฟป่า")]
    public void Urgency_and_kind_find_the_letter_that_carries_them(string query)
    {
        Assert.Equal(["ชม0017.3/ว11"], _index.Refs(query));
    }

    [Fact]
    public void A_letter_without_them_is_not_found_by_them()
    {
        Assert.Equal(["ชม0017.3/ว12"], _index.Refs("หนังสือภายนอก"));
    }

    public void Dispose() => _index.Dispose();
}
