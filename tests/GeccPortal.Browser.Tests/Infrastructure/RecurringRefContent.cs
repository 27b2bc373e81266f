namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// A content folder with one running number in two B.E. years (numbers restart every year), and one letter
/// of its own number, for the search page's reference box. Written to a temp folder; the caller deletes it.
/// </summary>
public static class RecurringRefContent
{
    /// <summary>The number both years' letters carry.</summary>
    public const string Ref = "มท ๐๘๐๘.๒/ว ๑๒";

    public static string Write()
    {
        var root = Path.Combine(Path.GetTempPath(), "gecc-recurring-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "circulars"));
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: ทดสอบเลขซ้ำ\nbaseUrl: /\ndigits: thai\nsearchApi: /api\n");
        File.WriteAllText(Path.Combine(root, "agencies.yml"), "มท: กระทรวงมหาดไทย\n");
        Letter(root, "2567-w12", Ref, "๕ มกราคม ๒๕๖๗", "การรายงานผลการเบิกจ่ายงบประมาณ ปี ๒๕๖๗");
        Letter(root, "2568-w12", Ref, "๘ มกราคม ๒๕๖๘", "การรายงานผลการเบิกจ่ายงบประมาณ ปี ๒๕๖๘");
        Letter(root, "2568-w13", "มท ๐๘๐๘.๒/ว ๑๓", "๙ มกราคม ๒๕๖๘", "การประชุมชี้แจงแนวทางการจัดเก็บรายได้");
        return root;
    }

    private static void Letter(string root, string slug, string reference, string date, string title) =>
        File.WriteAllText(Path.Combine(root, "circulars", slug + ".md"),
            $"---\nref: {reference}\ndate: {date}\ntitle: {title}\n---\nเนื้อความของหนังสือ{title}\n");
}
