namespace GeccPortal.Thai;

/// <summary>Which digits the site prints numbers with (site.yml <c>digits</c>).</summary>
public enum DigitStyle
{
    Thai,
    Arabic,
}
