using GeccPortal.Search.Querying;

namespace GeccPortal.Search.Tests;

/// <summary>A query with the shape of an order's number under its heading is one only when the heading names a body.</summary>
public class HeadedRefQueryTests
{
    [Theory]
    [InlineData("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("คำสั่ง จ.นครพนม ที่ 123/2568", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("ประกาศโรงเรียนบ้านนาแก ที่ 3/2568", "ประกาศโรงเรียนบ้านนาแกที่3/2568")]
    public void A_heading_naming_a_body_is_looked_up_as_a_ref(string query, string normalized)
    {
        Assert.Equal(normalized, QueryPlan.Parse(query).WholeRef?.Normalized);
    }

    [Theory]
    [InlineData("ประกาศรับสมัคร 2 ตำแหน่ง ที่ 1/2568")]
    [InlineData("ประกาศผลการสอบ ครั้งที่ 1 ที่ 2/2568")]
    [InlineData("คำสั่งแต่งตั้ง ที่ 12/2568")]
    public void Words_ending_in_a_number_and_year_are_searched_as_words(string query)
    {
        var plan = QueryPlan.Parse(query);

        Assert.Null(plan.WholeRef);
        Assert.NotEmpty(plan.Words);
    }
}
