using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class ExtractedTextRepairTests
{
    [Theory]
    [InlineData("สํานักงาน", "สำนักงาน")] // split sara am
    [InlineData("องคํการ", "องค์การ")] // stray nikhahit
    [InlineData("เเบบ", "แบบ")] // เเ typed for แ
    [InlineData("ส\uF70Aวน", "ส่วน")] // private-use tone mark
    [InlineData("กํ าหนด", "กำหนด")] // a layout space inside a split sara am
    [InlineData("แจ \uF70Bง", "แจ้ง")] // a private-use mark after a layout space
    [InlineData("¡ÓË¹´", "กำหนด")] // TIS-620 read as Latin-1
    [InlineData("ราช\u200Bการ", "ราชการ")] // zero-width space
    public void Repairs_each_artifact(string input, string expected)
    {
        Assert.Equal(expected, ExtractedTextRepair.Repair(input));
    }
}
