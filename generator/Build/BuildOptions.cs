namespace GeccPortal.Generator.Build;

/// <summary>
/// What a build reads and writes. <see cref="OutputDirectory"/> null means check only (load, validate,
/// model); <see cref="IndexDirectory"/> null means no search index is written.
/// </summary>
public sealed record BuildOptions(string ContentDirectory, string? OutputDirectory, string? IndexDirectory)
{
    /// <summary>
    /// The site's address given when building (<c>gecc build --base-url</c>), used instead of site.yml's
    /// <c>baseUrl</c>: a publishing pipeline knows the host the site goes to, which the content need not name.
    /// Null keeps site.yml's. Checked with <see cref="Validation.SiteChecks.BasePathOf"/> before a build.
    /// </summary>
    public string? BaseUrl { get; init; }
}
