using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>A circular number among other words (ค่าเช่าบ้าน ว ๖๑), as officials half-remember a letter.</summary>
public sealed class CircularNumberInWordsTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๖๑", new DateOnly(2024, 11, 20), "หลักเกณฑ์การเบิกค่าเช่าบ้าน", "กรมบัญชีกลางกำหนดหลักเกณฑ์"),
        Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๘๘", new DateOnly(2025, 1, 9), "แจ้งเวียนหนังสือ",
            "ส่งสำเนาหนังสือเรื่องค่าเช่าบ้าน ว ๖๑ มาเพื่อทราบ ค่าเช่าบ้าน ค่าเช่าบ้าน"),
        Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๙๐", new DateOnly(2025, 1, 10), "ค่าเช่าบ้าน", "ค่าเช่าบ้านของข้าราชการ ดาว ๖๑ ดวง"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ค่าเช่าบ้าน ว ๖๑")]
    [InlineData("ว.61 ค่าเช่า")]
    public void The_letter_with_that_number_and_the_words_comes_first(string query)
    {
        var response = _index.Search(query);

        Assert.Equal("กค0422.3/ว61", GeccPortal.Thai.CircularRef.Parse(response.Hits[0].Ref).Normalized);
        Assert.Contains("ref", response.Hits[0].Matches);
    }

    [Fact]
    public void The_letter_with_that_number_is_a_hit_even_without_the_other_words()
    {
        Assert.Contains("กค0422.3/ว61", _index.Refs("หนังสือ ว 61"));
    }

    [Fact]
    public void A_letter_with_every_word_ranks_above_one_with_only_the_number()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ สธ ๐๒๒๘.๐๗.๒/ว ๖๑", new DateOnly(2024, 3, 1), "วัคซีน", "การฉีดวัคซีน"),
            Circulars.Make("ที่ กค ๐๔๒๒.๓/ว ๘๘", new DateOnly(2025, 1, 9), "ค่าเช่าบ้าน", "ตามหนังสือค่าเช่าบ้าน ว ๖๑"),
        ]);

        Assert.Equal(["กค0422.3/ว88", "สธ0228.07.2/ว61"], index.Refs("ค่าเช่าบ้าน ว 61"));
    }

    [Fact]
    public void A_wo_ending_a_word_is_no_circular_number()
    {
        // ดาว ๖๑: the ว ends ดาว, so ว ๙๐ is found by its words alone and ว ๖๑ is not put first.
        Assert.DoesNotContain("กค0422.3/ว61", _index.Refs("ดาว ๖๑"));
    }
}
