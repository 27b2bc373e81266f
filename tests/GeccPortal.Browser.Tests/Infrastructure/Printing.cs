using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Infrastructure;

/// <summary>A page opened as print shows it, printed by Chromium to an A4 PDF, and the PDF's text read back by poppler.</summary>
public static partial class Printing
{
    /// <summary>Opens a page with print media emulated and its web fonts loaded.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => document.fonts.ready");
    }

    public static Task<byte[]> PdfAsync(IPage page) =>
        page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });

    public static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    /// <summary>The text of some sheets, read by poppler's pdftotext from the real PDF (list numbers included).</summary>
    public static string Text(byte[] pdf, int firstPage, int? lastPage = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "gecc-print-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-f", firstPage.ToString(CultureInfo.InvariantCulture), "-l", (lastPage ?? firstPage).ToString(CultureInfo.InvariantCulture), file, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
