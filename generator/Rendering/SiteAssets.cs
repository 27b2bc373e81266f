using GeccPortal.Generator.Output;

namespace GeccPortal.Generator.Rendering;

/// <summary>The bundled assets (generator/Assets, embedded in the assembly), written under <c>assets/</c>.</summary>
public static class SiteAssets
{
    private const string Prefix = "Assets/";

    public static IEnumerable<OutputFile> All()
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return new BytesOutput("assets/" + name[Prefix.Length..], copy.ToArray());
        }
    }
}
