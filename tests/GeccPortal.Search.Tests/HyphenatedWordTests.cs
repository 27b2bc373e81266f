using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>A Latin word written with a hyphen (e-GP, e-Service) is found typed with or without it, and by its parts.</summary>
public sealed class HyphenatedWordTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("ที่ กค ๐๔๐๕.๔/ว ๓๑", new DateOnly(2025, 5, 6), "การเสนอราคา",
            "ให้หน่วยงานประกาศเชิญชวนและเผยแพร่ผลการเสนอราคาในระบบ e-GP ภายในสามวันทำการ"),
        Circulars.Make("ที่ มท ๐๕๑๕/ว ๑๒", new DateOnly(2025, 6, 2), "การยื่นคำขอ",
            "ประชาชนยื่นคำขอรับรองสำเนาโฉนดได้ทางระบบ e-Service ของกรมที่ดิน"),
        Circulars.Make("ที่ ศธ ๐๒๐๖/ว ๘", new DateOnly(2025, 7, 1), "บริการออนไลน์",
            "สถานศึกษาตรวจสอบข้อมูลบุคลากรผ่าน eservice ของสำนักงาน"),
        Circulars.Make("ที่ สธ ๐๒๑๑/ว ๔", new DateOnly(2025, 8, 1), "ตัวอย่าง",
            "แบบ e ใช้กับโรงพยาบาลทุกแห่ง ส่วนแบบ GP ใช้กับคลินิก", d => d with { Type = "internal" }),
    ]);

    [Theory]
    [InlineData("egp")]
    [InlineData("EGP")]
    [InlineData("e-GP")]
    [InlineData("E-gp")]
    public void A_hyphenated_latin_word_is_found_with_or_without_its_hyphen(string query)
    {
        Assert.Equal(["กค0405.4/ว31"], _index.Refs(query));
    }

    [Theory]
    [InlineData("eservice")]
    [InlineData("e-Service")]
    [InlineData("E-SERVICE")]
    public void The_joined_and_the_hyphenated_form_find_each_other(string query)
    {
        Assert.Equal(["มท0515/ว12", "ศธ0206/ว8"], _index.Refs(query).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_part_of_a_hyphenated_word_is_still_found()
    {
        Assert.Contains("กค0405.4/ว31", _index.Refs("gp"));
        Assert.Contains("มท0515/ว12", _index.Refs("service"));
    }

    [Fact]
    public void The_hyphenated_word_is_highlighted_where_the_joined_form_matched()
    {
        var hit = Assert.Single(_index.Search("egp").Hits);
        Assert.Contains("body", hit.Matches);
    }

    public void Dispose() => _index.Dispose();
}
