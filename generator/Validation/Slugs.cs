using System.Text.RegularExpressions;

namespace GeccPortal.Generator.Validation;

/// <summary>URL segments: lower-case ASCII letters, digits and '-', so links stay stable and readable everywhere.</summary>
public static partial class Slugs
{
    public const string Rule = "lower-case ASCII letters, digits and '-'";

    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
