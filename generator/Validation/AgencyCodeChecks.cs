using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// A circular's agency letters (มท in <c>ที่ มท ๐๘๑๐.๓/ว ๗๖</c>) that agencies.yml does not name: its pages then show
/// no agency's name (the agency listing shows the bare letters), and the letters may be mistyped (มห for มท). A warning, and
/// only when agencies.yml lists some codes: a site without the file has chosen to show no names.
/// </summary>
public sealed class AgencyCodeChecks(DiagnosticBag diagnostics)
{
    public void Check(IReadOnlyList<CheckedCircular> circulars, IReadOnlyList<AgencyEntry> agencies)
    {
        if (agencies.Count == 0)
        {
            return;
        }

        var file = agencies[0].Code.Location.Path;
        var known = agencies.Select(a => a.Code.Value.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var circular in circulars)
        {
            var code = circular.Ref?.Agency ?? "";
            if (code.Length > 0 && !known.Contains(code) && circular.Source.FrontMatter.Ref is { } written)
            {
                diagnostics.Warning(written.Location,
                    $"agency letters '{code}' of ref '{circular.RefText}' are not in {file}: check the letters, or add a line '{code}: <the agency's Thai name>' there");
            }
        }
    }
}
