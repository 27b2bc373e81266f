using System.Text.Encodings.Web;
using System.Text.Unicode;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Renders Razor components to static HTML strings with the framework's <see cref="HtmlRenderer"/>. One
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

    public ComponentRenderer()
    {
        // The default encoder escapes every non-ASCII character; Thai pages should carry Thai text as is.
        // Markup-significant characters (<, >, &, quotes) are still encoded.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = NewRenderer();
    }

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        if (_pages++ == PagesPerRenderer)
        {
            await _renderer.DisposeAsync();
            _renderer = NewRenderer();
            _pages = 1;
        }

        var renderer = _renderer;
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private HtmlRenderer NewRenderer() => new(_services, _services.GetRequiredService<ILoggerFactory>());
}
