namespace GeccPortal.Generator.Model;

/// <summary>
/// The unit that runs the site (site.yml's <c>operator</c>), named in every page's footer so the public knows
/// whom to tell about a wrong or missing circular or a problem with the site. The letters' own issuers are
/// named on each letter.
/// </summary>
/// <param name="Email">An e-mail address, shown as a mailto link.</param>
/// <param name="Url">An http(s) page of the operator's (a contact form, its own site).</param>
public sealed record SiteOperator(string Name, string? Email, string? Url);
