using System.Globalization;

namespace GeccPortal.Thai.Tests;

/// <summary>Dates typed as numbers or in English, read through <see cref="ThaiDateMentions.FindAll"/> as Thai dates are.</summary>
public class TypedDateMentionsTests
{
    [Theory]
    [InlineData("14/03/2568")]
    [InlineData("14/3/68")]
    [InlineData("14/3/2568")]
    [InlineData("๑๔/๓/๒๕๖๘")]
    [InlineData("2025-03-14")]
    [InlineData("2568-03-14")]
    [InlineData("14 March 2025")]
    [InlineData("14 Mar 2025")]
    [InlineData("14 mar. 2025")]
    [InlineData("14th March 2025")]
    [InlineData("14-Mar-2025")]
    [InlineData("March 14, 2025")]
    [InlineData("14-03-2568")]
    [InlineData("14.03.68")]
    [InlineData("14/03/2025")]
    public void A_typed_date_is_the_date_it_names(string text)
    {
        var mention = Assert.Single(ThaiDateMentions.FindAll(text));

        Assert.Equal(new DateOnly(2025, 3, 14), mention.Date);
        Assert.Equal(text, text.Substring(mention.Index, mention.Length));
    }

    [Theory]
    [InlineData("ประชุมวันที่ 2/12/67 ณ ห้องประชุม", "2024-12-02", "วันที่ 2/12/67", "2/12/67")]
    [InlineData("ตามหนังสือ ลว. 5/6/2567", "2024-06-05", "ลว. 5/6/2567", "5/6/2567")]
    [InlineData("ภายใน 2025-01-07 นี้", "2025-01-07", "2025-01-07", "2025-01-07")]
    [InlineData("due by January 7, 2025.", "2025-01-07", "January 7, 2025", "January 7, 2025")]
    public void A_typed_date_inside_text_is_found_with_its_label(string text, string date, string written, string dateItself)
    {
        var mention = Assert.Single(ThaiDateMentions.FindAll(text));

        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), mention.Date);
        Assert.Equal(written, text.Substring(mention.Index, mention.Length));
        Assert.Equal(dateItself, text[mention.DateIndex..(mention.Index + mention.Length)]);
    }

    [Fact]
    public void Day_comes_before_month_as_Thai_officials_write_it()
    {
        Assert.Equal(new DateOnly(2025, 2, 3), Assert.Single(ThaiDateMentions.FindAll("3/2/2568")).Date);
        Assert.Empty(ThaiDateMentions.FindAll("3/14/2568"));
    }

    [Fact]
    public void A_typed_date_after_longwanthi_is_a_letters_own_date()
    {
        Assert.True(Assert.Single(ThaiDateMentions.FindAll("ว 76 ลงวันที่ 7/1/2568")).OfLetter);
        Assert.False(Assert.Single(ThaiDateMentions.FindAll("ภายใน 7/1/2568")).OfLetter);
    }

    [Fact]
    public void Thai_and_typed_dates_in_one_text_come_in_text_order()
    {
        var dates = ThaiDateMentions.FindAll("14/3/2568 และ ๗ มกราคม ๒๕๖๘ และ 2025-02-01").Select(m => m.Date);

        Assert.Equal([new DateOnly(2025, 3, 14), new DateOnly(2025, 1, 7), new DateOnly(2025, 2, 1)], dates);
    }

    [Theory]
    [InlineData("31/2/2568")]
    [InlineData("14/13/2568")]
    [InlineData("ครั้งที่ 10/2567")]
    [InlineData("ภาคเรียนที่ 2/2567")]
    [InlineData("ว 76/2566")]
    [InlineData("มท 0808.2/4410")]
    [InlineData("ศธ 0400.9/ว 2104")]
    [InlineData("โทร. 02-241-9000")]
    [InlineData("192.168.1.1")]
    [InlineData("v1.2.24")]
    [InlineData("14/3/5")]
    [InlineData("14/3-2568")]
    [InlineData("14 March 68")]
    [InlineData("Marching 14 2025")]
    [InlineData("1.2.3.2568")]
    public void Text_that_is_not_a_whole_real_date_has_none(string text)
    {
        Assert.Empty(ThaiDateMentions.FindAll(text));
    }
}
