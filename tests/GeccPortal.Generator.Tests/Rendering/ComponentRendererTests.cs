using System.Text;

using GeccPortal.Generator.Rendering;
using GeccPortal.Generator.Rendering.Components;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>The renderer's reused UTF-8 buffer gives each page's own bytes, whatever came before.</summary>
public sealed class ComponentRendererTests
{
    [Fact]
    public async Task Each_page_is_its_own_text_in_utf8_even_after_a_longer_one()
    {
        await using var renderer = new ComponentRenderer();
        // Long enough that the HTML spans several string builder chunks; Thai (three UTF-8 bytes a character)
        // and a character outside the BMP (which the page's encoder writes as a character reference) in every line.
        var lines = Enumerable.Range(0, 3000).Select(i => $"บรรทัด {i} 𠮷 ส่วนราชการ").ToList();
        var longText = string.Join('\n', lines);

        var first = await renderer.RenderUtf8Async<Lines>(new Dictionary<string, object?> { ["Text"] = longText });
        var firstText = Encoding.UTF8.GetString(first.Span);
        var second = await renderer.RenderUtf8Async<Lines>(new Dictionary<string, object?> { ["Text"] = "สั้น" });

        Assert.Equal(string.Join("<br>", lines).Replace("𠮷", "&#x20BB7;", StringComparison.Ordinal), firstText);
        Assert.Equal("สั้น", Encoding.UTF8.GetString(second.Span));
        Assert.NotEqual(0xEF, second.Span[0]); // no byte order mark
    }
}
