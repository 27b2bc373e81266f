using System.Text.Encodings.Web;
using System.Text.Unicode;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeccPortal.Generator.Rendering;

/// <summary>Renders Razor components to static HTML strings with the framework's <see cref="HtmlRenderer"/>.</summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public ComponentRenderer()
    {
        // The default encoder escapes every non-ASCII character; Thai pages should carry Thai text as is.
        // Markup-significant characters (<, >, &, quotes) are still encoded.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
    }

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
