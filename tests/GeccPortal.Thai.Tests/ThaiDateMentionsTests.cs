using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ThaiDateMentionsTests
{
    [Theory]
    [InlineData("หนังสือที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘ เรื่อง", "2025-01-07", "ลงวันที่ ๗ มกราคม ๒๕๖๘")]
    [InlineData("ประชุม ๑๖ เม.ย. ๒๕๖๘", "2025-04-16", "๑๖ เม.ย. ๒๕๖๘")]
    [InlineData("ศธ 04009/ว 1234 ลว. 5 มิ.ย. 67", "2024-06-05", "ลว. 5 มิ.ย. 67")]
    [InlineData("วันที่ 3 ก.ค. พ.ศ. 2568", "2025-07-03", "วันที่ 3 ก.ค. พ.ศ. 2568")]
    [InlineData("7 มกราคม 2025", "2025-01-07", "7 มกราคม 2025")]
    [InlineData("1มีนาคม2568", "2025-03-01", "1มีนาคม2568")]
    [InlineData("ลว.7 ม.ค.68", "2025-01-07", "ลว.7 ม.ค.68")]
    public void Finds_a_written_date_and_where_it_lies(string text, string date, string written)
    {
        var mention = Assert.Single(ThaiDateMentions.FindAll(text));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
        Assert.Equal(written, text.Substring(mention.Index, mention.Length));
    }

    [Theory]
    [InlineData("หนังสือลงวันที่ ๗ มกราคม ๒๕๖๘ เรื่อง", "๗ มกราคม ๒๕๖๘")]
    [InlineData("ศธ 04009/ว 1234 ลว.5 มิ.ย. 67", "5 มิ.ย. 67")]
    [InlineData("วันที่ 3 ก.ค. พ.ศ. 2568", "3 ก.ค. พ.ศ. 2568")]
    [InlineData("ประชุม ๑๖ เม.ย. ๒๕๖๘", "๑๖ เม.ย. ๒๕๖๘")]
    public void The_date_itself_starts_at_its_day_after_any_label(string text, string date)
    {
        var mention = Assert.Single(ThaiDateMentions.FindAll(text));

        Assert.Equal(date, text[mention.DateIndex..(mention.Index + mention.Length)]);
    }

    [Theory]
    [InlineData("ว 76 ลงวันที่ 7 มกราคม 2568", true)]
    [InlineData("ว 76 ลว. 7 ม.ค. 68", true)]
    [InlineData("ส่งภายในวันที่ 7 มกราคม 2568", false)]
    [InlineData("7 มกราคม 2568", false)]
    public void A_date_after_longwanthi_or_lo_wo_is_a_letters_own_date(string text, bool ofLetter)
    {
        Assert.Equal(ofLetter, Assert.Single(ThaiDateMentions.FindAll(text)).OfLetter);
    }

    [Theory]
    [InlineData("ปีงบประมาณ ๒๕๖๘")]
    [InlineData("มีนาคม 2568")]
    [InlineData("31 กุมภาพันธ์ 2568")]
    [InlineData("กค 0405.2/ว 119")]
    [InlineData("โทร 0 2241 9000 ต่อ 12")]
    [InlineData("1.5 มกราคม 2568")]
    public void Text_without_a_whole_real_date_has_none(string text)
    {
        Assert.Empty(ThaiDateMentions.FindAll(text));
    }
}
