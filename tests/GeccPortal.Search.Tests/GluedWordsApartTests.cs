using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A query typed as one glued word whose words a letter has, but apart (probe 9: <c>ห้ามสูบกัญชาที่สาธารณะ</c>,
/// <c>สรรพสามิตเครื่องดื่มน้ำตาล</c>, <c>ลดค่าโอนบ้าน</c> were found only approximately, <c>มติครม ต่างด้าว</c> too, though
/// typed apart each found its letter): when nothing has them as typed, its words apart are asked for, every one required.
/// </summary>
public sealed class GluedWordsApartTests : IDisposable
{
    private const string Land = "มท0515.1/ว1874";
    private const string Workers = "รง0304/ว602";
    private const string Sugar = "กค0616/ว144";
    private const string Cannabis = "สธ0506.02/ว2310";

    private readonly TempIndex _index = new([.. ProbeNineLetters.All, .. ProbeEightLetters.All, .. Circulars.All]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ห้ามสูบกัญชาที่สาธารณะ", Cannabis)]
    [InlineData("สรรพสามิตเครื่องดื่มน้ำตาล", Sugar)]
    [InlineData("ลดค่าธรรมเนียมโอนบ้าน ปี 68", Land)]
    [InlineData("มติครม ต่างด้าว", Workers)]
    [InlineData("มติครม 8 เมษายน 2568 ค่าธรรมเนียม", Land)]
    [InlineData("ปิดอุทยานช่วงหน้าฝน", "ทส0907.4/ว3321")] // หน้าฝน kept whole, so also ฤดูฝน
    public void Its_words_apart_find_the_letter(string query, string expected)
    {
        Assert.Equal(expected, _index.ExactRefs(query).FirstOrDefault());
    }

    [Fact]
    public void Words_no_letter_has_all_of_still_find_nothing_exact()
    {
        Assert.Empty(_index.ExactRefs("ห้ามสูบบุหรี่ในสนามบิน"));
    }

    [Fact]
    public void A_slip_is_not_taken_apart_into_pieces_found_inside_other_words()
    {
        // ไข้เลือดอก reads ไข้ เลือด อก; อก is inside ออก by its bigram, which would make the slip an exact hit.
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๔๒๒/ว ๙๑", new DateOnly(2025, 6, 2), "การป้องกันโรคไข้เลือดออก", "ขอให้กำจัดแหล่งเพาะพันธุ์ยุงลายเพื่อป้องกันโรคไข้เลือดออก"),
        ]);
        var response = index.Search("ไข้เลือดอก");

        Assert.True(response.Approximate);
        Assert.Single(response.Hits);
    }

    [Theory]
    [InlineData("เทศบาลนคร")] // a body's name
    [InlineData("คนท้อง")] // a table spelling: one thing
    [InlineData("มท 0515.1/ว 1874")] // a ref
    [InlineData("กัญชา")] // one word
    public void A_word_that_is_one_thing_is_not_taken_apart(string query)
    {
        Assert.Null(QueryPlan.Parse(query).GluedWordsApartText());
    }

    [Theory]
    [InlineData("มติครม", "มติ ครม")]
    [InlineData("อบตหนองบัว", "อบต หนองบัว")]
    public void An_undotted_abbreviation_is_cut_off_the_word_it_is_glued_to(string query, string apart)
    {
        Assert.Equal(apart, QueryPlan.Parse(query).GluedWordsApartText()!.Trim());
    }
}
