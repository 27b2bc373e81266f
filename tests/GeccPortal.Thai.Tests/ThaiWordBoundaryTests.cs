using GeccPortal.Thai;

using ICU4N.Text;

namespace GeccPortal.Thai.Tests;

public class ThaiWordBoundaryTests
{
    private const string Text = "ด้วยจังหวัดนครพนมได้รับแจ้งจากกรมส่งเสริมการปกครองท้องถิ่นว่า กระทรวงมหาดไทย โดยสำนักงานปลัดสำนักนายกรัฐมนตรี ได้กำหนดเปิดรับสมัคร";

    /// <summary>Every position's nearest boundary on each side is the one segmenting the whole text gives.</summary>
    [Fact]
    public void Boundaries_near_every_position_equal_the_whole_text_segmented()
    {
        var whole = WholeTextBoundaries(Text);
        for (var index = 0; index <= Text.Length; index++)
        {
            Assert.Equal(whole.Last(b => b <= index), ThaiExcerpt.WordBoundaryNear(Text, index, forward: false));
            Assert.Equal(whole.First(b => b >= index), ThaiExcerpt.WordBoundaryNear(Text, index, forward: true));
        }
    }

    [Fact]
    public void A_run_longer_than_the_reach_gives_no_boundary_at_its_cut_window_edge()
    {
        var run = new string('x', 500); // one word: its only boundaries are its ends
        Assert.Equal(-1, ThaiExcerpt.WordBoundaryNear(run, 250, forward: false));
        Assert.Equal(-1, ThaiExcerpt.WordBoundaryNear(run, 250, forward: true));
    }

    private static List<int> WholeTextBoundaries(string text)
    {
        var breaker = BreakIterator.GetWordInstance(new System.Globalization.CultureInfo("th"));
        breaker.SetText(text);
        var boundaries = new List<int>();
        for (var b = breaker.First(); b != BreakIterator.Done; b = breaker.Next())
        {
            boundaries.Add(b);
        }

        return boundaries;
    }
}
