using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words written right after an initialism (ครม.เมื่อ, อปท.ทุกแห่ง) or after a dotted unit (น.ณ ห้องประชุม) are
/// found as words, and an abbreviation with a part of several letters (ส.อบต.) is found as itself only.
/// </summary>
public sealed class AbbreviationWordTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๒๑", new DateOnly(2025, 3, 10), "เชิญประชุม",
            "ขอเชิญประชุมในวันที่ ๑๐ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น.ณ ห้องประชุมพญาศรีสัตตนาคราช", d => d with { Type = "external" }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๒๒", new DateOnly(2025, 3, 11), "แนวทางปฏิบัติ",
            "ตามมติ ครม.เมื่อวันที่ ๔ มีนาคม ๒๕๖๘ ให้ อปท.ทุกแห่งถือปฏิบัติ และ สพฐ.แจ้งโรงเรียนในสังกัด",
            d => d with { Type = "external" }),
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๒๓", new DateOnly(2025, 3, 12), "การเลือกตั้ง",
            "การเลือกตั้ง ส.อบต.บ้านนาแก ให้ดำเนินการตามระเบียบ", d => d with { Type = "external" }),
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๒๔", new DateOnly(2025, 3, 13), "ผลการสอบ",
            "นักเรียนที่สอบตกให้สอบใหม่ นายก อบต. และ ส.ส. ร่วมพิธี", d => d with { Type = "external" }),
        Circulars.Make("ที่ นพ ๐๐๑๗.๓/ว ๒๕", new DateOnly(2025, 3, 14), "มอบหมายงาน",
            "มอบหมายให้ ส. ประสานงานกับ อบต. ในพื้นที่", d => d with { Type = "external" }),
    ]);

    [Theory]
    [InlineData("ณ ห้องประชุม")]
    [InlineData("ห้องประชุม")]
    [InlineData("น. ณ ห้องประชุม")]
    public void The_place_after_a_time_is_found(string query)
    {
        Assert.Equal(["นพ0017.3/ว21"], _index.Refs(query));
    }

    [Theory]
    [InlineData("ทุกแห่ง")]
    [InlineData("อปท. ทุกแห่ง")]
    [InlineData("ครม. เมื่อวันที่")]
    [InlineData("แจ้งโรงเรียน")]
    public void A_word_after_an_initialism_is_found(string query)
    {
        Assert.Equal(["มท0810.3/ว22"], _index.Refs(query));
    }

    [Fact]
    public void The_word_after_an_initialism_is_highlighted_on_its_own()
    {
        var hit = _index.Search("ทุกแห่ง").Hits.Single();
        Assert.Contains("อปท.<mark>ทุกแห่ง</mark>", hit.Snippet);
    }

    [Theory]
    [InlineData("ส.อบต.")]
    [InlineData("ส.อบต.บ้านนาแก")]
    public void A_council_member_abbreviation_finds_only_itself(string query)
    {
        Assert.Equal(["นพ0017.3/ว23"], _index.Refs(query));
    }

    [Fact]
    public void The_council_alone_still_finds_its_members()
    {
        Assert.Equal(["นพ0017.3/ว23", "นพ0017.3/ว24", "นพ0017.3/ว25"], _index.Refs("อบต.").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_council_member_abbreviation_is_highlighted_whole()
    {
        var hit = _index.Search("ส.อบต.").Hits.Single();
        Assert.Contains("<mark>ส.อบต</mark>", hit.Snippet);
    }

    public void Dispose() => _index.Dispose();
}
