using System.Text.Json;

using GeccPortal.Browser.Tests.Infrastructure;

using Microsoft.Playwright;

namespace GeccPortal.Browser.Tests.Journeys;

/// <summary>
/// A body as editors paste it (site probe 9, 2026-11-29): a numbered list typed with blank lines between its items showed
/// a gap of the paragraph indent (2.5 cm on paper) after each number, as did each cell of a Word table; and the Word
/// table's width in points (900pt) printed it cut off at the sheet's right edge.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PastedBodyTests(PortalFixture portal)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task A_list_items_and_a_cells_paragraphs_are_not_indented_and_a_word_table_stays_inside_the_text(string media)
    {
        await using var session = await portal.OpenAsync();
        var page = session.Page;
        await Printing.OpenAsync(page, portal.LetterFormPortal + portal.LetterFormSite.Circular(LetterFormContent.Pasted).Url);
        if (media == "screen")
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        var measured = JsonSerializer.Deserialize<Measured>(await page.EvaluateAsync<string>("""
            () => JSON.stringify({
              indents: [...document.querySelectorAll('.letter-body li p, .letter-body td p')].map(p => parseFloat(getComputedStyle(p).textIndent)),
              paragraphIndent: parseFloat(getComputedStyle(document.querySelector('.letter-body > p')).textIndent),
              tableRight: document.querySelector('.letter-body table').getBoundingClientRect().right,
              bodyRight: document.querySelector('.letter-body').getBoundingClientRect().right })
            """), Json)!;

        Assert.Equal(6, measured.Indents.Length);
        Assert.All(measured.Indents, indent => Assert.Equal(0, indent));
        Assert.True(measured.ParagraphIndent > 0, "the letter's own paragraphs keep their indent");
        Assert.True(measured.TableRight <= measured.BodyRight + 1, $"the table ends at {measured.TableRight}, past the text's edge at {measured.BodyRight}");
    }

    private sealed record Measured(double[] Indents, double ParagraphIndent, double TableRight, double BodyRight);
}
