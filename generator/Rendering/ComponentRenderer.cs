using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Renders Razor components to static HTML (UTF-8) with the framework's <see cref="HtmlRenderer"/>. One
/// instance serves one thread of work, one component at a time.
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    /// <summary>
    /// An <see cref="HtmlRenderer"/> keeps every root component it rendered, with its whole tree, until it
    /// is disposed; over 10,000 pages that held most of a gigabyte. So each renderer serves this many pages,
    /// then a fresh one takes over.
    /// </summary>
    private const int PagesPerRenderer = 10;

    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _pages;

    // The page's HTML and its UTF-8 bytes, kept from page to page: a full build writes some 250 MB of pages, and
    // a fresh string builder, string and byte array for each page was about a third of what rendering allocated.
    private readonly StringBuilder _html = new();
    private readonly StringWriter _htmlWriter;
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _bytes = [];

    public ComponentRenderer()
    {
        _htmlWriter = new StringWriter(_html, System.Globalization.CultureInfo.InvariantCulture);
        // The default encoder escapes every non-ASCII character; Thai pages should carry Thai text as is.
        // Markup-significant characters (<, >, &, quotes) are still encoded.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton<IComponentActivator, PlainComponentActivator>()
            .BuildServiceProvider();
        _renderer = NewRenderer();
    }

    /// <summary>
    /// The component's HTML as UTF-8 (no byte order mark), in a buffer this renderer reuses: the bytes are valid
    /// until its next render, so the caller writes them (or copies them) first.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>> RenderUtf8Async<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var renderer = await NextRendererAsync();
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            _html.Clear();
            output.WriteHtmlTo(_htmlWriter);
        });
        return EncodeHtml();
    }

    private ReadOnlyMemory<byte> EncodeHtml()
    {
        var most = Encoding.UTF8.GetMaxByteCount(_html.Length);
        if (_bytes.Length < most)
        {
            _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        }

        // Chunk by chunk, with one encoder, so a surrogate pair split between two chunks is encoded whole.
        _utf8.Reset();
        var written = 0;
        foreach (var chunk in _html.GetChunks())
        {
            written += _utf8.GetBytes(chunk.Span, _bytes.AsSpan(written), flush: false);
        }

        written += _utf8.GetBytes([], _bytes.AsSpan(written), flush: true);
        return _bytes.AsMemory(0, written);
    }

    private async ValueTask<HtmlRenderer> NextRendererAsync()
    {
        if (_pages++ == PagesPerRenderer)
        {
            await _renderer.DisposeAsync();
            _renderer = NewRenderer();
            _pages = 1;
        }

        return _renderer;
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
        await _htmlWriter.DisposeAsync();
    }

    private HtmlRenderer NewRenderer() => new(_services, _services.GetRequiredService<ILoggerFactory>());
}
