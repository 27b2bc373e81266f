using GeccPortal.Generator.Markdown;
using GeccPortal.Generator.Validation;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// One circular's text as its pages show it (repaired, printed labels taken off) and the agency it is filed under:
/// everything the model makes of a checked circular on its own but the agency's name (a look-up in agencies.yml's
/// names). Made from the circular and agencies.yml alone, so
/// the source cache can keep it for an unchanged file (<see cref="Content.Caching.CheckedSnapshot"/>).
/// </summary>
public sealed record ShownFields(
    string? RefText,
    string Title,
    string? Issuer,
    IReadOnlyList<string> To,
    Signer? Signer,
    Contact? Contact,
    IReadOnlyList<string> Tags,
    string? AgencyCode,
    IReadOnlyList<string?> ReferenceRefTexts,
    IReadOnlyList<string?> ReferenceTitles,
    IReadOnlyList<string> EnclosureTitles,
    IReadOnlyList<string?> EnclosureRefTexts)
{
    public static ShownFields Of(CheckedCircular source, IssuingAgency filing)
    {
        var front = source.Source.FrontMatter;
        var agency = filing.CodeOf(source.Ref, front.Issuer?.Value);
        return new ShownFields(
            Repair(source.RefText),
            TitleOf(source.Title, source.Type, front.Issuer?.Value, source.Ref)!.Value.Shown,
            Repair(front.Issuer?.Value),
            [.. front.To.Select(t => Labelled(t.Value, PrintedLabel.ToOf(source.Type))!)],
            front.Signer is { } s ? new Signer(Repair(s.Name?.Value is { } name ? PrintedLabel.Unbracket(name) : null), Repair(s.Position?.Value)) : null,
            front.Contact is { } c ? new Contact(Repair(c.Unit?.Value), NumberOf(c.Phone?.Value), NumberOf(c.Fax?.Value), c.Email?.Value.Trim()) : null,
            [.. front.Tags.Select(t => Repair(t.Value)!)],
            agency,
            [.. source.References.Select(r => Repair(r.RefText))],
            [.. source.References.Select(r => Labelled(r.Title, PrintedLabel.Reference))],
            [.. source.Enclosures.Select(e => Labelled(e.Title, PrintedLabel.Enclosure)!)],
            [.. source.Enclosures.Select(e => Repair(e.RefText))]);
    }

    /// <summary>
    /// The title as the page shows it (repaired, without a typed เรื่อง and without the heading an order's or announcement's
    /// form prints above it), and that heading as found, or null; null for an empty title. The check that warns at the
    /// heading reads it here too (<see cref="PrintedLabelChecks"/>): it looked in the title as typed while the page left
    /// the heading off the repaired one, so a heading pasted from a PDF (<c>ประกาศสํานักงาน…</c>, its sara am split) was
    /// left off without a warning (site probe 10).
    /// </summary>
    internal static (string Shown, string? Heading)? TitleOf(string? title, string type, string? issuer, CircularRef? ownRef)
    {
        if (Labelled(title, PrintedLabel.Subject) is not { } subject)
        {
            return null;
        }

        var bodies = HeadingInTitle.BodiesOf(Repair(issuer), ownRef);
        var heading = HeadingInTitle.Find(subject, type, bodies);
        return (heading is null ? subject : HeadingInTitle.Strip(subject, type, bodies), heading);
    }

    /// <summary>A contact number as shown after its printed label: repaired, without a label typed before it.</summary>
    private static string? NumberOf(string? text) => Repair(text) is { } number ? Repair(ContactNumberLabel.Strip(number)) : null;

    /// <summary>Display text without the label the page prints before it (<see cref="PrintedLabel"/>), repaired.</summary>
    private static string? Labelled(string? text, string label) => Repair(text) is { } repaired ? PrintedLabel.Strip(repaired, label) : null;

    /// <summary>Display text: pasted no-break spaces made plain, PDF-extraction damage repaired (so <c>องคํการ</c> reads <c>องค์การ</c>), trimmed.</summary>
    internal static string? Repair(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ThaiTextRepair.Repair(PastedSpaces.Plain(text).Trim());
}
