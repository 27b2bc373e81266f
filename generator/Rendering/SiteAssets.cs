using System.Text;

using GeccPortal.Generator.Rendering.Planning;

namespace GeccPortal.Generator.Rendering;

/// <summary>The bundled assets (generator/Assets, embedded in the assembly), written under <c>assets/</c>; stylesheets compacted (<see cref="StylesheetText"/>).</summary>
public static class SiteAssets
{
    private const string Prefix = "Assets/";

    public static IEnumerable<PlannedFile> Plan(PageKeys keys)
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = "assets/" + name[Prefix.Length..];
            yield return PlannedFile.Bytes(path, keys.Asset(path), () =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                if (name.EndsWith(".css", StringComparison.Ordinal))
                {
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    return Encoding.UTF8.GetBytes(StylesheetText.Compact(reader.ReadToEnd()));
                }

                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        }
    }
}
