using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A day and month typed without a year (search probe 11: <c>ปิดอ่าว 15 ก.พ.</c> was only approximate for a letter writing
/// <c>๑๕ กุมภาพันธ์</c>): after a day, the month is also looked for written the other way.
/// </summary>
public sealed class YearlessDateTests
{
    [Theory]
    [InlineData("15", "ก.พ.", "กุมภาพันธ์")]
    [InlineData("๒๗", "ธ.ค.", "ธันวาคม")]
    [InlineData("1", "มีนาคม", "มี.ค.")]
    public void A_month_after_a_day_is_also_its_other_spelling(string day, string month, string other)
    {
        Assert.Equal(other, YearlessDates.OtherMonthSpelling(day, month));
    }

    [Theory]
    [InlineData("32", "ก.พ.")] // no such day
    [InlineData("2568", "ก.พ.")]
    [InlineData("15", "ก.ค.ศ.")]
    [InlineData("สำนักงาน", "ก.พ.")] // the civil service commission's office
    public void Other_pairs_have_none(string day, string month)
    {
        Assert.Null(YearlessDates.OtherMonthSpelling(day, month));
    }

    [Fact]
    public void A_letter_writing_the_month_in_full_is_found_by_its_short_name()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ กษ ๐๕๑๐.๓/ว ๗๗๒", new DateOnly(2025, 2, 3), "มาตรการปิดอ่าวไทยตอนกลาง",
                "ห้ามทำการประมงตั้งแต่วันที่ ๑๕ กุมภาพันธ์ ๒๕๖๘ ถึงวันที่ ๑๕ พฤษภาคม ๒๕๖๘"),
            .. Circulars.All,
        ]);

        Assert.Equal(["กษ0510.3/ว772"], index.ExactRefs("ปิดอ่าว 15 ก.พ."));
    }
}
