using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// The letter page against the forms of the Regulation on Correspondence (หนังสือภายนอก), on a 1280 px screen
/// and printed to A4: อ้างถึง and สิ่งที่ส่งมาด้วย numbered only when there are two or more.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LetterFormTests(PortalFixture portal)
{
    [Fact]
    public async Task One_reference_and_one_enclosure_print_without_a_number_and_two_print_numbered_in_thai_digits()
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;

        await Printing.OpenAsync(page, Url(LetterFormContent.One));
        var one = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));
        Assert.Contains("อ้างถึงหนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๕๐", one);
        Assert.Contains("สิ่งที่ส่งมาด้วยสำเนาหนังสือกรมบัญชีกลาง", one);
        // Nothing on screen is numbered either: numbers come only from list items.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Empty(await ListItemMarkersAsync(page));

        await Printing.OpenAsync(page, Url(LetterFormContent.Many));
        var many = Squeezed(Printing.Text(await Printing.PdfAsync(page), firstPage: 1));
        Assert.Contains("อ้างถึง๑.หนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๕๐๒.หนังสือกรมบัญชีกลางที่กค๐๔๐๕.๒/ว๖๐", many);
        Assert.Contains("สิ่งที่ส่งมาด้วย๑.หลักเกณฑ์การเบิกจ่าย", many);
        Assert.Contains("๒.แบบรายงาน", many);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Equal(["thai", "thai", "thai", "thai"], await ListItemMarkersAsync(page));
    }

    private string Url(string reference) => portal.LetterFormPortal + portal.LetterFormSite.Circular(reference).Url;

    /// <summary>The list-style of each numbered item among the letter's fields (อ้างถึง, สิ่งที่ส่งมาด้วย).</summary>
    private static async Task<string[]> ListItemMarkersAsync(IPage page) =>
        JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('.letter-fields *')]
              .filter(e => getComputedStyle(e).display === 'list-item').map(e => getComputedStyle(e).listStyleType))
            """))!;

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
