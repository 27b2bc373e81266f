using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A Thai word with a table spelling glued inside it (search probe 10: โซล่าร์ of โซล่าร์รูฟท็อป, once โซล่าร์ was a row) is
/// not a word the table spells: when nothing is found, it is still read by its sound (Solar Rooftop), as before the row.
/// </summary>
public sealed class SoundAlikeGluedSpellingTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ พน ๐๖๐๑/ว ๘๙", new DateOnly(2025, 4, 2), "มาตรการประหยัดพลังงานในหน่วยงานภาครัฐ",
            "ติดตั้งแผงโซลาร์เซลล์บนหลังคาอาคาร (Solar Rooftop) และเปลี่ยนหลอดไฟเป็นหลอดแอลอีดี"),
        .. Circulars.All,
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("โซล่าร์รูฟท็อป")]
    [InlineData("โซลาร์รูฟท็อป")]
    [InlineData("โซล่าร์ รูฟท็อป")]
    public void A_glued_word_holding_a_table_spelling_is_still_read_by_its_sound(string query)
    {
        Assert.Equal(["พน0601/ว89"], _index.ExactRefs(query));
    }
}
