using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Tests.Markdown;

/// <summary>
/// A body with nothing to sanitise skips the sanitiser. That is safe only if the sanitiser would have given
/// back the very same page and plain text, and if everything it could remove still goes through it.
/// </summary>
public sealed class SanitizerCheckTests
{
    private static readonly MarkdownConverter Converter = new();

    public static TheoryData<string> PlainBodies =>
    [
        "# หัวข้อ\n\n## หัวข้อรอง\n\nย่อหน้า **หนา** *เอียง* ~~ขีดฆ่า~~ ++แทรก++ ==เน้น== H~2~O x^2^",
        "1. ข้อหนึ่ง\n2. ข้อสอง\n\n3) เริ่มที่สาม\n4) ต่อ\n\n- ข้อ\n  - ย่อย\n\n> อ้างอิง\n> ต่อ",
        "```\nvar x = 1 < 2 && \"a\";\n```\n\n    โค้ดแบบย่อหน้า\n\nและ `inline <code>` & อื่น ๆ",
        "![ตรา](images/logo.png \"ตราครุฑ\") และ ![ภาพ](https://www.example.go.th/a.png)",
        "[เว็บไซต์](https://www.dla.go.th/index.jsp?a=1&b=2#top) [ส่วน](#part) [ไฟล์](files/a.pdf) [อีเมล](mailto:saraban@dla.go.th) [ขึ้นไป](../other/) [ราก](/about/)",
        "<https://www.ocsc.go.th> และ <saraban@dla.go.th> และ www.mof.go.th และ http://www.rd.go.th/a?b=c",
        "| ลำดับ | ชื่อ |\n|---|---|\n| ๑ | นายหนึ่ง |\n| ๒ | นาง\"สอง\" & <สาม> |",
        "บรรทัดหนึ่ง  \nบรรทัดสอง\\\nบรรทัดสาม\nต่อกัน\n\n---\n\n***",
        "ข้อความ &amp; &copy; &#3585; \\*ไม่เอียง\\* <ไม่ใช่แท็ก และ 1 < 2 > 0",
        "[อ้างอิง][1] และ [ตรง]\n\n[1]: https://www.soc.go.th/ \"ราชกิจจานุเบกษา\"\n[ตรง]: http://example.go.th/x_(y)",
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้รับแจ้ง\nจากกระทรวงมหาดไทยว่า ๑. ให้ดำเนินการ\n๒. รายงานผล",
    ];

    [Theory]
    [MemberData(nameof(PlainBodies))]
    public void A_body_without_anything_to_sanitise_skips_the_sanitiser_and_comes_out_the_same(string markdown)
    {
        Assert.False(Converter.NeedsSanitizer(markdown));
        var fast = Converter.Convert(markdown);
        var sanitised = Converter.ConvertSanitized(markdown);
        Assert.Equal(sanitised.Html, fast.Html);
        Assert.Equal(sanitised.PlainText, fast.PlainText);
    }

    [Theory]
    [InlineData("ย่อหน้า <b>หนา</b>")]
    [InlineData("<div>บล็อก</div>")]
    [InlineData("<!-- หมายเหตุ -->")]
    [InlineData("[ลิงก์](javascript:alert(1))")]
    [InlineData("[ลิงก์](JaVaScRiPt:alert(1))")]
    [InlineData("[ลิงก์](java&#115;cript:alert(1))")]
    [InlineData("[ลิงก์](<javascript:alert(1)>)")]
    [InlineData("![ภาพ](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[ลิงก์](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[ไทย](https://www.rd.go.th/ภาษี)")]
    [InlineData("[ว่าง]()")]
    [InlineData("| ก | ข |\n|:--|--:|\n| ๑ | ๒ |")]
    [InlineData("```csharp\nvar x = 1;\n```")]
    [InlineData("[เวลา](list?t=10:30)")]
    [InlineData("[อ้างอิง](a&amp;#58;b)")]
    [InlineData("[อ้างอิง](a&#38;#x3a;b)")]
    [InlineData("![ภาพ&{x}](p.png)")]
    [InlineData("[ลิงก์](p.html \"ชื่อ&{x}\")")]
    public void Anything_the_sanitiser_could_change_goes_through_it(string markdown)
    {
        Assert.True(Converter.NeedsSanitizer(markdown));
        Assert.Equal(Converter.ConvertSanitized(markdown).Html, Converter.Convert(markdown).Html);
    }

    [Theory]
    [InlineData("https://www.dla.go.th/a?b=1", true)]
    [InlineData("mailto:saraban@dla.go.th", true)]
    [InlineData("files/a.pdf", true)]
    [InlineData("a/b:c", true)]
    [InlineData("a#b:c", true)]
    [InlineData("list?t=10:30", false)]
    [InlineData("a&#58;b", false)]
    [InlineData("#part", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData("ftp://example.go.th/a", false)]
    [InlineData("https://example.go.th/ไทย", false)]
    [InlineData("https://example.go.th/a b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Safe_addresses_are_relative_or_of_an_allowed_scheme_in_plain_ascii(string? address, bool safe)
    {
        Assert.Equal(safe, SanitizerCheck.IsSafeAddress(address));
    }
}
