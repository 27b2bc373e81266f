using System.Text;

namespace GeccPortal.Generator.Rendering.Planning;

/// <summary>
/// One file of the site, not yet made: its site-relative path (forward slashes), its render key (see
/// <see cref="Build.Incremental.RenderKey"/>; null for a file made on every build) and how to make its bytes.
/// The writer makes a file only when its key differs from the last build's, and keeps no bytes after
/// writing them, so the site is never held in memory as a whole.
/// </summary>
public sealed record PlannedFile(string Path, string? Key, Func<ComponentRenderer, Task<ReadOnlyMemory<byte>>> Produce)
{
    /// <summary>
    /// A page rendered by a Razor component, as UTF-8 without a byte order mark (see
    /// <see cref="ComponentRenderer.RenderUtf8Async{TComponent}"/>: the bytes live until the renderer's next page).
    /// </summary>
    public static PlannedFile Page(string path, string? key, Func<ComponentRenderer, Task<ReadOnlyMemory<byte>>> render) =>
        new(path, key, render);

    /// <summary>Text made without a Razor component (feeds, robots.txt).</summary>
    public static PlannedFile Text(string path, string? key, Func<string> write) =>
        new(path, key, _ => Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(write())));

    /// <summary>Bytes made directly, such as the catalogs and the sitemap, which are written as UTF-8 from the start.</summary>
    public static PlannedFile Bytes(string path, string? key, Func<ReadOnlyMemory<byte>> bytes) =>
        new(path, key, _ => Task.FromResult(bytes()));

    /// <summary>A file copied from content/ (an attachment).</summary>
    public static PlannedFile Copy(string path, string key, string sourcePath) =>
        new(path, key, async _ => await File.ReadAllBytesAsync(sourcePath));
}
