namespace GeccPortal.Thai.Tests;

public class FiscalYearMentionsTests
{
    [Theory]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 2568)]
    [InlineData("ปีงบประมาณ 2568", 2568)]
    [InlineData("ปีงบ 68", 2568)]
    [InlineData("ปีงบ.69", 2569)]
    [InlineData("งบปี 67", 2567)]
    [InlineData("ปีงบประมาณ 2025", 2568)]
    public void A_fiscal_year_is_read_by_its_BE_number(string text, int fiscalYear)
    {
        Assert.Equal(fiscalYear, Assert.Single(FiscalYearMentions.FindAll(text)).FiscalYear);
    }

    [Theory]
    [InlineData("ปีงบประมาณ")]
    [InlineData("งบประมาณ 2568")]
    [InlineData("ปีงบประมาณ 2568.5")]
    [InlineData("ปีงบประมาณ 123")]
    public void No_fiscal_year_without_its_words_and_a_year(string text)
    {
        Assert.Empty(FiscalYearMentions.FindAll(text));
    }
}
