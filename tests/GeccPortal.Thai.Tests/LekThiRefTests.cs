namespace GeccPortal.Thai.Tests;

/// <summary>เลขที่ ("number") written where the letter prints ที่, as forms and officials often write it.</summary>
public class LekThiRefTests
{
    [Theory]
    [InlineData("เลขที่ กค ๐๔๑๖.๔/ว ๓๑๒", "กค0416.4/ว312")]
    [InlineData("เลขที่กค0416.4/ว312", "กค0416.4/ว312")]
    [InlineData("คำสั่งจังหวัดฉะเชิงเทรา เลขที่ ๑๒/๒๕๖๘", "คำสั่งจังหวัดฉะเชิงเทราที่12/2568")]
    [InlineData("คำสั่งจังหวัดฉะเชิงเทราเลขที่ 12/2568", "คำสั่งจังหวัดฉะเชิงเทราที่12/2568")]
    [InlineData("เลขที่ ฉช ๕/๒๕๖๘", "ฉช5/2568")]
    public void A_whole_ref_after_เลขที่_is_read_as_after_ที่(string text, string normalized)
    {
        Assert.Equal(normalized, CircularRef.Parse(text).Normalized);
    }

    [Fact]
    public void An_order_cited_in_running_text_after_เลขที่_keeps_its_heading_whole()
    {
        var found = CircularRef.FindAll("ตามคำสั่งจังหวัดฉะเชิงเทรา เลขที่ ๑๒/๒๕๖๘ ลงวันที่ ๘ มกราคม ๒๕๖๘ นั้น");

        Assert.Equal(["คำสั่งจังหวัดฉะเชิงเทราที่12/2568"], found.Select(reference => reference.Normalized));
    }
}
