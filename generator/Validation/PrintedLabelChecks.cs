using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// A field typed with the label the page prints before it (<c>title: เรื่อง …</c>, <c>to: เรียน …</c>) or a signer's
/// name in its brackets: a warning at the line, as the page leaves them off (<see cref="PrintedLabel"/>). Only the
/// start of short front-matter values is read: no work that grows with a letter's text.
/// </summary>
public sealed class PrintedLabelChecks(DiagnosticBag diagnostics)
{
    /// <param name="type">The letter's type: an order's or announcement's title may hold the heading its form prints.</param>
    public void Check(CircularFrontMatter front, string type, CircularRef? ownRef)
    {
        Label(front.Title, "title", PrintedLabel.Subject);
        // Read as the page shows the title (ShownFields.TitleOf), so the warning and the page agree.
        if (front.Title is { } title && ShownFields.TitleOf(title.Value, type, front.Issuer?.Value, ownRef) is { Heading: { } heading } shown)
        {
            diagnostics.Warning(title.Location,
                $"title starts with '{heading}', which the page prints itself as the {HeadingName(HeadingInTitle.KindOf(type))} heading above the subject: "
                + $"it is left off here; write the subject alone ({shown.Shown})");
        }
        foreach (var to in front.To)
        {
            Label(to, "to", PrintedLabel.ToOf(type));
        }

        foreach (var reference in front.References)
        {
            Label(reference.Title, "references' title", PrintedLabel.Reference);
        }

        foreach (var enclosure in front.Enclosures)
        {
            Label(enclosure.Title, "enclosures' title", PrintedLabel.Enclosure);
        }

        if (front.Signer?.Name is { } name && PrintedLabel.Bracketed(name.Value))
        {
            diagnostics.Warning(name.Location,
                $"signer name '{name.Value.Trim()}' is in brackets, which the page adds itself: write the name only ({PrintedLabel.Unbracket(name.Value)})");
        }
    }

    private static string HeadingName(string? kind) => kind switch
    {
        "คำสั่ง" => "order's",
        "แถลงการณ์" => "statement's",
        "ข่าว" => "news release's",
        _ => "announcement's",
    };

    private void Label(Located<string>? value, string key, string label)
    {
        if (value is not null && PrintedLabel.Starts(value.Value, label))
        {
            diagnostics.Warning(value.Location,
                $"{key} starts with '{label}', which the page prints before it and leaves off here: write only what follows ({PrintedLabel.Strip(value.Value, label)})");
        }
    }
}
