using System.Globalization;
using System.Net;
using System.Text;

using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Serving.LiveReload;

/// <summary>
/// The panel <c>gecc serve</c> shows over the open pages while the content has errors (<see cref="LiveReloadScript"/>),
/// in Thai as the site is: a Thai heading saying the page is the last good build, each problem labelled ข้อผิดพลาด
/// or คำเตือน with its file, line and column, and the message as the terminal prints it (in English, marked so),
/// since that is what the guide and a search on it know. Made here, with every text encoded, so the script only
/// puts it in place.
/// </summary>
public static class ProblemPanel
{
    public const string TitleId = "gecc-problems-title";

    /// <param name="showPath">Names a file from where gecc was run, as the terminal does (<c>Cli.DiagnosticPaths</c>).</param>
    public static string Of(IReadOnlyList<Diagnostic> problems, Func<string, string> showPath)
    {
        var errors = problems.Count(p => p.Severity == Severity.Error);
        var warnings = problems.Count - errors;
        var title = warnings == 0 ? $"เนื้อหามีข้อผิดพลาด {Count(errors)} รายการ" : $"เนื้อหามีข้อผิดพลาด {Count(errors)} รายการ และคำเตือน {Count(warnings)} รายการ";
        var html = Start(title);
        html.Append("<ol class=\"gecc-problem-list\">");
        foreach (var problem in problems)
        {
            var (kind, css) = problem.Severity == Severity.Error ? ("ข้อผิดพลาด", "error") : ("คำเตือน", "warning");
            var location = problem.Location;
            html.Append(CultureInfo.InvariantCulture,
                $"<li class=\"gecc-problem {css}\"><p><strong>{kind}</strong> ไฟล์ <code>{Encode(showPath(location.Path))}</code> "
                + $"บรรทัด {location.Line} คอลัมน์ {location.Column}</p>"
                + $"<p class=\"gecc-problem-message\" lang=\"en\">{Encode(showPath(problem.Message))}</p></li>");
        }

        html.Append("</ol>");
        return End(html);
    }

    /// <summary>A rebuild that could not finish (a file held open, a bug in gecc): its message as printed.</summary>
    public static string OfFailure(string message)
    {
        var html = Start("สร้างเว็บไซต์ใหม่ไม่สำเร็จ");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"gecc-problem-message\" lang=\"en\">{Encode(message)}</p>");
        return End(html);
    }

    private static StringBuilder Start(string title) => new StringBuilder()
        .Append("<section lang=\"th\" aria-labelledby=\"").Append(TitleId).Append("\">")
        .Append("<h2 id=\"").Append(TitleId).Append("\">").Append(Encode(title)).Append("</h2>")
        .Append("<p>หน้านี้ยังเป็นเว็บไซต์ที่สร้างสำเร็จครั้งล่าสุด แก้ไขไฟล์ตามรายการแล้วบันทึก หน้าจะโหลดใหม่เอง")
        .Append(" <span lang=\"en\">(gecc: the content has errors; this is the last good build.)</span></p>");

    private static string End(StringBuilder html) => html.Append("</section>").ToString();

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
