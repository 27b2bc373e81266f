using System.Text;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>
/// A one-letter content folder whose letter carries an attachment file (the seed letters have none), for the
/// download journey. Its baseUrl is absolute, so its pages carry canonical URLs (the seed site's is a path only).
/// Written to a temp folder; the caller deletes it.
/// </summary>
public static class AttachmentContent
{
    public const string BaseUrl = "https://gecc.example.go.th/";

    public const string FileName = "schedule.txt";

    public static readonly byte[] FileBytes = Encoding.UTF8.GetBytes("กำหนดการประชุมชี้แจง\n๐๙.๐๐ น. ลงทะเบียน\n๐๙.๓๐ น. ชี้แจงหลักเกณฑ์\n");

    public static string Write()
    {
        var root = Path.Combine(Path.GetTempPath(), "gecc-attachment-content-" + Guid.NewGuid().ToString("N"));
        var letter = Path.Combine(root, "circulars", "2568-moi-meeting");
        Directory.CreateDirectory(letter);
        File.WriteAllText(Path.Combine(root, "site.yml"), $"title: ทดสอบไฟล์แนบ\nbaseUrl: {BaseUrl}\ndigits: thai\nsearchApi: /api\n");
        File.WriteAllText(Path.Combine(root, "agencies.yml"), "มท: กระทรวงมหาดไทย\n");
        File.WriteAllText(Path.Combine(letter, "index.md"), """
            ---
            ref: มท ๐๒๑๘.๑/ว ๕๐๐
            date: ๓ มีนาคม ๒๕๖๘
            title: กำหนดการประชุมชี้แจงหลักเกณฑ์
            type: internal
            enclosures:
              - title: กำหนดการประชุม
                file: schedule.txt
            ---
            ขอส่งกำหนดการประชุมชี้แจงหลักเกณฑ์มาเพื่อทราบ
            """);
        File.WriteAllBytes(Path.Combine(letter, FileName), FileBytes);
        return root;
    }
}
