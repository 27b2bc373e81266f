using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>Checks content/site.yml and turns it into <see cref="SiteSettings"/>.</summary>
public sealed class SiteChecks(DiagnosticBag diagnostics)
{
    private readonly ValueChecks _values = new(diagnostics);

    /// <param name="baseUrlOverride">The build's <c>--base-url</c>, already checked, used instead of site.yml's <c>baseUrl</c>.</param>
    public SiteSettings? Check(SiteFile site, string? baseUrlOverride = null)
    {
        var title = _values.Required(site.Title, "title", site.Location);
        var baseUrl = baseUrlOverride?.Trim()
            ?? (site.BaseUrl is { Value: var given } && !string.IsNullOrWhiteSpace(given) ? given.Trim() : "/");
        var basePath = BasePathOf(baseUrl);
        if (basePath is null)
        {
            diagnostics.Error(site.BaseUrl!.Location,
                $"baseUrl '{baseUrl}' must be a path such as /gecc/ or an http(s) URL such as https://example.go.th/gecc/");
        }

        var digits = _values.OneOf(site.Digits, "digits", ["thai", "arabic"]) == "arabic" ? DigitStyle.Arabic : DigitStyle.Thai;
        var searchApi = string.IsNullOrWhiteSpace(site.SearchApi?.Value) ? null : site.SearchApi.Value.Trim();
        return title is null || basePath is null ? null : new SiteSettings(title, baseUrl, basePath, digits, searchApi);
    }

    /// <summary>The path part of a base URL, with a leading and trailing '/'; null when it is neither a path nor an http(s) URL.</summary>
    public static string? BasePathOf(string baseUrl)
    {
        string path;
        if (baseUrl.StartsWith('/'))
        {
            path = baseUrl;
        }
        else if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath;
        }
        else
        {
            return null;
        }

        return path.EndsWith('/') ? path : path + "/";
    }
}
