using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>Checks content/site.yml and turns it into <see cref="SiteSettings"/>.</summary>
public sealed class SiteChecks(DiagnosticBag diagnostics)
{
    private readonly ValueChecks _values = new(diagnostics);

    /// <param name="baseUrlOverride">The build's <c>--base-url</c>, used instead of site.yml's <c>baseUrl</c> (which is still checked).</param>
    public SiteSettings? Check(SiteFile site, string? baseUrlOverride = null)
    {
        var title = _values.Required(site.Title, "title", site.Location);
        var baseUrl = site.BaseUrl is { Value: var given } && !string.IsNullOrWhiteSpace(given) ? given.Trim() : "/";
        var basePath = BasePathOf(baseUrl);
        if (basePath is null)
        {
            diagnostics.Error(site.BaseUrl?.Location ?? site.Location, $"baseUrl '{baseUrl}' {BaseUrlRule}");
        }

        if (baseUrlOverride is not null)
        {
            baseUrl = baseUrlOverride.Trim();
            basePath = BasePathOf(baseUrl);
            if (basePath is null)
            {
                diagnostics.Error(site.Location, $"--base-url '{baseUrl}' {BaseUrlRule}");
            }
        }

        var digits = _values.OneOf(site.Digits, "digits", ["thai", "arabic"]) == "arabic" ? DigitStyle.Arabic : DigitStyle.Thai;
        var searchApi = string.IsNullOrWhiteSpace(site.SearchApi?.Value) ? null : site.SearchApi.Value.Trim();
        if (searchApi is not null && !IsSearchApi(searchApi))
        {
            diagnostics.Error(site.SearchApi!.Location,
                $"searchApi '{searchApi}' must be a path from the site's root such as /api, or an http(s) URL such as https://search.example.go.th/api, with no query, fragment or user name");
            searchApi = null;
        }

        var siteOperator = site.Operator is { } entry ? CheckOperator(entry) : null;
        return title is null || basePath is null ? null : new SiteSettings(title, baseUrl, basePath, digits, searchApi) { Operator = siteOperator };
    }

    /// <summary>The operator's name is required; its e-mail and page, when given, must be ones a link can use.</summary>
    private SiteOperator? CheckOperator(OperatorEntry entry)
    {
        var name = _values.Required(entry.Name, "name", entry.Location, "operator");
        var email = Optional(entry.Email);
        if (email is not null && !IsEmail(email))
        {
            diagnostics.Error(entry.Email!.Location, $"operator email '{email}' is not an e-mail address (name@example.go.th)");
            email = null;
        }

        var url = Optional(entry.Url);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0))
        {
            diagnostics.Error(entry.Url!.Location, $"operator url '{url}' must be an http(s) address such as https://example.go.th/contact");
            url = null;
        }

        return name is null ? null : new SiteOperator(name, email, url);
    }

    /// <summary>
    /// The search page sends queries to this address with <c>/search?q=…</c> added: a relative path would follow the
    /// page's own folder, another scheme (<c>javascript:</c>) is no API, and a query or fragment would swallow the addition.
    /// </summary>
    private static bool IsSearchApi(string text)
    {
        if (text.IndexOfAny(['?', '#', '\\', ' ', '\t']) >= 0)
        {
            return false;
        }

        return text.StartsWith('/')
            ? !text.StartsWith("//", StringComparison.Ordinal)
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0 && uri.Host.Length > 0;
    }

    private static string? Optional(Located<string>? value) => string.IsNullOrWhiteSpace(value?.Value) ? null : value.Value.Trim();

    // One '@', no spaces or characters that would break out of a mailto link, and a dot in the domain.
    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOfAny([' ', '\t', '<', '>', '"', '?', '&', '/', ':']) < 0
            && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.');
    }

    /// <summary>What a base URL must be, after the value it describes.</summary>
    public const string BaseUrlRule =
        "must be a path such as /gecc/ or an http(s) URL such as https://example.go.th/gecc/, with no query, fragment or user name";

    /// <summary>The path part of a base URL, with a leading and trailing '/'; null when it is neither a path nor an http(s) URL.</summary>
    public static string? BasePathOf(string baseUrl)
    {
        // Every link of the site is the base path followed by a page's path: a query or fragment would end up
        // in the middle of them, "//host" would send them to another host, and a user name would be published.
        string path;
        if (baseUrl.StartsWith('/'))
        {
            if (baseUrl.StartsWith("//", StringComparison.Ordinal) || baseUrl.IndexOfAny(['?', '#', '\\']) >= 0)
            {
                return null;
            }

            path = baseUrl;
        }
        else if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0 && baseUrl.IndexOfAny(['?', '#']) < 0)
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
