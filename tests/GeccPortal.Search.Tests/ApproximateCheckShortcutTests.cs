using GeccPortal.Search.Analysis;
using GeccPortal.Search.Querying;

namespace GeccPortal.Search.Tests;

/// <summary>
/// The approximate check's shortcuts answer as the long way would: a letter whose words in the index confirm it is
/// not read, one that must be read is read once, and a slip is found by the first stretch near enough.
/// </summary>
public sealed class ApproximateCheckShortcutTests
{
    private static readonly StoredCircular Letter = new("สธ0410.6/ว2210", "สธ ๐๔๑๐.๖/ว ๒๒๑๐", "การฉีดวัคซีนไข้หวัดใหญ่",
        new DateOnly(2025, 6, 18), "circulars/x/", "สธ", null, "external", null, "ขอให้เร่งรัดการฉีดวัคซีนแก่ผู้สูงอายุ", [], [], [], [], []);

    [Fact]
    public void A_letter_its_words_in_the_index_confirm_is_not_read()
    {
        var plan = QueryPlan.Parse("วัคซีนผู้สูงอายุ");
        Assert.True(ApproximateConfirmation.Confirms(() => throw new InvalidOperationException("read"), plan, _ => true, _ => false));
    }

    [Fact]
    public void A_letter_missing_words_in_the_index_is_read_once()
    {
        var reads = 0;
        var plan = QueryPlan.Parse("วัคซิน ไข้หวัดไหญ่ ผู้สูงอายุ");
        Assert.True(ApproximateConfirmation.Confirms(() => { reads++; return Letter; }, plan, _ => false, _ => false));
        Assert.Equal(1, reads);
        Assert.False(ApproximateConfirmation.Confirms(() => { reads++; return Letter; }, QueryPlan.Parse("ปลูกป่าชายเลน"), _ => false, _ => false));
        Assert.Equal(2, reads);
    }

    [Theory]
    [InlineData("ขอให้เร่งรัดการฉีดวัคซีนแก่ผู้สูงอายุ", "วัคซิน", true)] // ี for ิ
    [InlineData("ขอให้เร่งรัดการฉีดวัคซีนแก่ผู้สูงอายุ", "วัคซีน", true)]
    [InlineData("ป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล", "ไข้หวัดไหญ่", true)]
    [InlineData("ขอให้เร่งรัดการฉีดยาแก่ผู้สูงอายุ", "วัคซิน", false)]
    [InlineData("ป้องกันโรคไข้เลือดออกตามฤดูกาล", "ไข้หวัดไหญ่", false)] // one unit shared, too many edits
    public void Any_answers_as_find_does(string text, string query, bool expected)
    {
        var normalized = NormalizedText.Create(text);
        var units = UnitSegmenter.Segment(normalized.Text, joinThaiAcrossSpace: true);
        var word = Assert.Single(QueryPlan.Parse(query).Words);
        Assert.Equal(expected, NearSpellings.Any(normalized, units, word));
        Assert.Equal(expected, NearSpellings.Find(normalized, units, word).Count > 0);
    }
}
