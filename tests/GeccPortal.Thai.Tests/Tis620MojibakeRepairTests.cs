using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class Tis620MojibakeRepairTests
{
    [Theory]
    [InlineData("ÃÒàÃÂÕ¹", "ราเรยีน")]
    [InlineData("àÃ×èÍ§ ¢ÍÃÑº", "เรื่อง ขอรับ")]
    [InlineData("§º»ÃÐÁÒ³ 45,000 ºÒ·", "งบประมาณ 45,000 บาท")]
    public void Repairs_thai_read_as_latin1(string input, string expected)
    {
        Assert.Equal(expected, Tis620MojibakeRepair.Repair(input));
    }

    [Fact]
    public void Repairs_short_words_next_to_a_repaired_run()
    {
        // ã¹ (ใน) alone is too short to be sure of, but it sits in the same stretch as a long run.
        Assert.Equal("ใน หนังสือ", Tis620MojibakeRepair.Repair("ã¹ Ë¹Ñ§Ê×Í"));
    }

    [Theory]
    [InlineData("Café au lait, naïve façade")]
    [InlineData("© 2025 GECC ® ± ½")]
    [InlineData("ข้อความไทยปกติ 45,000 บาท")]
    [InlineData("Größe Ärger Öl")]
    public void Leaves_genuine_latin1_and_thai_alone(string input)
    {
        Assert.Equal(input, Tis620MojibakeRepair.Repair(input));
    }

    [Fact]
    public void Keeps_latin_words_between_mojibake()
    {
        Assert.Equal("ศูนย์ GECC ราชการ", Tis620MojibakeRepair.Repair("ÈÙ¹Âì GECC ÃÒª¡ÒÃ"));
    }
}
