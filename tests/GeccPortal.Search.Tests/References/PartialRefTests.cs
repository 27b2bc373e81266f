using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests.References;

/// <summary>The partial-reference parser: what it reads, what it refuses, and what it matches.</summary>
public sealed class PartialRefTests
{
    [Theory]
    [InlineData("ว 76", null, null, "76", true)]
    [InlineData("ว๗๖", null, null, "76", true)]
    [InlineData("ว.076", null, null, "76", true)]
    [InlineData("/ว 76", null, null, "76", true)]
    [InlineData("มท ว 76", "มท", null, "76", true)]
    [InlineData("มท 0810.3", "มท", "0810.3", null, false)]
    [InlineData("ที่ มท ๐๘๑๐.๓", "มท", "0810.3", null, false)]
    [InlineData("ก.ค. 0405", "กค", "0405", null, false)]
    [InlineData("0023.3/ว274", null, "0023.3", "274", true)]
    [InlineData("๐๐๒๓.๓/ว ๒๗๔", null, "0023.3", "274", true)]
    [InlineData("0023 . 3 / ว . 274", null, "0023.3", "274", true)]
    [InlineData("0023.3/274", null, "0023.3", "274", false)]
    [InlineData("0228.07", null, "0228.07", null, false)]
    [InlineData("o81o.3/ว 76", null, "0810.3", "76", true)]
    public void Reads_the_parts_present(string text, string? agency, string? office, string? number, bool circular)
    {
        Assert.True(PartialRef.TryParse(text, out var partial));
        Assert.Equal(new PartialRef(agency, null, office, number, circular), partial);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2568")]
    [InlineData("0810")]
    [InlineData("มท")]
    [InlineData("ว")]
    [InlineData("งบประมาณ 2568")]
    [InlineData("28 กุมภาพันธ์ 2568")]
    [InlineData("0 4251 5720")]
    [InlineData("1,250")]
    public void Refuses_what_is_not_part_of_a_reference(string text)
    {
        Assert.False(PartialRef.TryParse(text, out _));
    }

    [Fact]
    public void Matches_a_reference_having_every_part_given()
    {
        var reference = CircularRef.Parse("มท 0810.3/ว 76");
        Assert.True(Parse("ว 76").Matches(reference));
        Assert.True(Parse("มท 0810").Matches(reference));
        Assert.True(Parse("0810.3/76").Matches(reference));
        Assert.False(Parse("มท 0810.7").Matches(reference));
        Assert.False(Parse("สธ ว 76").Matches(reference));
        Assert.False(Parse("ว 77").Matches(reference));
        Assert.False(Parse("0810.3/ว 76").Matches(CircularRef.Parse("มท 0810.3/76")));
    }

    [Fact]
    public void Its_keys_are_among_the_keys_of_every_reference_it_matches()
    {
        var reference = CircularRef.Parse("กค (กวจ) 0405.2/ว 119");
        var own = RefKeys.ForOwn(reference, new DateOnly(2024, 3, 1)).ToHashSet();
        foreach (var text in new[] { "ว 119", "กค 0405", "0405.2/ว119", "กค ว 119" })
        {
            Assert.Subset(own, Parse(text).Keys().ToHashSet());
        }

        Assert.Contains("y:2567", own);
        Assert.Contains("c:กวจ", own);
    }

    private static PartialRef Parse(string text) =>
        PartialRef.TryParse(text, out var partial) ? partial : throw new InvalidOperationException(text);
}
