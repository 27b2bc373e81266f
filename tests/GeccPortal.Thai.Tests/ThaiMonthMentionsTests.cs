namespace GeccPortal.Thai.Tests;

public class ThaiMonthMentionsTests
{
    [Theory]
    [InlineData("มกราคม ๒๕๖๘", 2025, 1)]
    [InlineData("ภายในเดือนมีนาคม 2568", 2025, 3)]
    [InlineData("มิ.ย. 68", 2025, 6)]
    [InlineData("ต.ค. พ.ศ. 2567", 2024, 10)]
    [InlineData("ธันวาคม 2024", 2024, 12)]
    [InlineData("June 2025 VAT", 2025, 6)]
    [InlineData("vat jun 2025", 2025, 6)]
    [InlineData("Sept. 2568", 2025, 9)]
    [InlineData("ภาษี December, 2024", 2024, 12)]
    public void A_month_and_its_year_are_read(string text, int year, int month)
    {
        var mention = Assert.Single(ThaiMonthMentions.FindAll(text));

        Assert.Equal(new MonthOfYear(year, month), mention.Month);
    }

    [Theory]
    [InlineData("มค 68")]
    [InlineData("สิงหาคม")]
    [InlineData("สิงหาคม 2568.5")]
    [InlineData("ตุลาคม 1500")]
    [InlineData("June 25")]
    [InlineData("summer 2025")]
    [InlineData("dismay 2025")]
    public void No_month_is_read_without_a_year_a_short_names_dot_or_from_a_longer_number(string text)
    {
        Assert.Empty(ThaiMonthMentions.FindAll(text));
    }

    [Fact]
    public void The_mention_covers_the_month_and_year_in_the_text()
    {
        var mention = Assert.Single(ThaiMonthMentions.FindAll("ภายในเดือนมีนาคม ๒๕๖๘ นั้น"));

        const string text = "ภายในเดือนมีนาคม ๒๕๖๘ นั้น";
        Assert.Equal("เดือนมีนาคม ๒๕๖๘", text.Substring(mention.Index, mention.Length));
        Assert.Equal("มีนาคม ๒๕๖๘", text[mention.MonthIndex..(mention.Index + mention.Length)]);
    }
}
