using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// An addressee holding <c> - </c>: YAML reads a <c>- …</c> line indented under a list item as more words of that item,
/// so <c>to:</c> with <c>- นายอำเภอ</c> and an indented <c>- ทุกอำเภอ</c> is one addressee, "นายอำเภอ - ทุกอำเภอ", where the
/// editor meant two (site probe 11). A warning, as a dash between words is rare in an addressee but not wrong.
/// </summary>
public sealed class AddresseeChecks(DiagnosticBag diagnostics)
{
    private const string JoinedItem = " - ";

    public void Check(CircularFrontMatter front)
    {
        foreach (var to in front.To)
        {
            var at = to.Value.IndexOf(JoinedItem, StringComparison.Ordinal);
            if (at > 0)
            {
                diagnostics.Warning(to.Location,
                    $"to '{to.Value.Trim()}' reads as one addressee: a '- ' line indented under another is part of it in YAML. "
                    + $"For two addressees, start each '- ' at the same indent ('- {to.Value[..at].Trim()}' and '- {to.Value[(at + JoinedItem.Length)..].Trim()}')");
            }
        }
    }
}
