using GeccPortal.Generator.Output;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Renders many pages on all cores: one <see cref="ComponentRenderer"/> per worker (a renderer runs one
/// component at a time), items dealt out in turn, results kept in the items' order.
/// </summary>
public static class ParallelRender
{
    public static async Task<IReadOnlyList<OutputFile>> RenderAsync<T>(
        IReadOnlyList<T> items, Func<ComponentRenderer, T, Task<IReadOnlyList<OutputFile>>> render, Action<int>? rendered = null)
    {
        var results = new IReadOnlyList<OutputFile>[items.Count];
        var workers = Math.Clamp(items.Count, 1, Environment.ProcessorCount);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new ComponentRenderer();
            for (var i = worker; i < items.Count; i += workers)
            {
                results[i] = await render(renderer, items[i]);
                rendered?.Invoke(results[i].Count);
            }
        })));
        return [.. results.SelectMany(files => files)];
    }
}
