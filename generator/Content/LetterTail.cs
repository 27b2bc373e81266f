using GeccPortal.Generator.Diagnostics;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The end of a letter's text as pasted from the paper: the signer's name and position (<see cref="PastedSignerBlock"/>)
/// and, above them, the closing (<see cref="LetterClosing"/>) or an order's or announcement's date line
/// (<see cref="IssuedOnLine"/>), or the issuing agency's name and date of a sealed letter, a statement or a news release (<see cref="IssuedByLines"/>), which the page prints itself.
/// What the page would print twice is left off, and the loader warns at the pasted lines so the editor deletes them.
/// </summary>
public static class LetterTail
{
    /// <summary>The text as the page shows it: without the signer block, then without the closing, when the page prints them.</summary>
    /// <param name="type">The front matter's <c>type</c> as written, or its key.</param>
    /// <param name="front">The front matter: its signer, its contact (lines pasted after the signer are left off too) and its issuer (the agency's name some forms print after the text).</param>
    /// <param name="date">The letter's date: an order's or announcement's date line pasted for it is left off too.</param>
    public static string Shown(string body, string? type, CircularFrontMatter front, DateOnly date)
    {
        var signer = front.Signer;
        var text = signer is null ? body : PastedSignerBlock.Strip(body, signer.Name?.Value, signer.Position?.Value, front.Contact);
        text = LetterClosing.Printed(type, signer is not null) ? LetterClosing.Strip(text) : text;
        text = IssuedByLines.Strip(text, type, front.Issuer?.Value, date);
        return IssuedOnLine.Strip(text, type, date);
    }

    /// <summary>Warns at a pasted signer block, and at a closing or date line ending the text, where the page prints its own.</summary>
    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(CircularFrontMatter front, string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        var text = body;
        if (front.Signer is { } signer && PastedSignerBlock.Find(body, signer.Name?.Value, signer.Position?.Value, front.Contact) is { } found)
        {
            var lines = found.LastLine > found.NameLine ? $"lines {firstLine + found.NameLine}–{firstLine + found.LastLine}" : "the line";
            if (found.Whole)
            {
                // A warning keeps the file out of the cache, so it is said on every build until the lines are deleted.
                diagnostics.Warning(new SourceLocation(display, firstLine + found.NameLine, 1),
                    $"the text ends with the signer's name and position{(found.WithContact ? " and the contact lines" : "")}, which the page prints itself below the text from 'signer'{(found.WithContact ? " and 'contact'" : "")}: they are left off here; delete {lines}");
                text = PastedSignerBlock.Strip(body, signer.Name?.Value, signer.Position?.Value, front.Contact);
            }
            else
            {
                diagnostics.Warning(new SourceLocation(display, firstLine + found.NameLine, 1),
                    "this line repeats the signer's name, which the page prints itself below the text from 'signer', so the page shows it twice: "
                    + "delete the pasted name and position here (kept as written, as the text around it is not the signer's alone)");
            }
        }

        if (LetterClosing.Printed(front.Type?.Value, front.Signer is not null) && LetterClosing.LineOf(text) is >= 0 and var closing)
        {
            diagnostics.Warning(new SourceLocation(display, firstLine + closing, 1),
                $"the text ends with '{LetterClosing.Text}', which the page prints itself above the signer: it is left off here; delete the line");
        }

        if (IssuedByLines.Printed(front.Type?.Value)
            && IssuedByLines.Find(text, front.Issuer?.Value, ThaiDates.Parse(front.Date?.Value).Date) is { } seal)
        {
            diagnostics.Warning(new SourceLocation(display, firstLine + seal.Line, 1),
                $"the text ends with the issuing agency's name{(seal.WithDate ? " and the date" : "")}, which the page of a {CircularTypes.Labels[CircularTypes.KeyOf(front.Type?.Value)]} prints itself after the text (from 'issuer'{(seal.WithDate ? " and 'date'" : "")}): {(seal.WithDate ? "they are" : "it is")} left off here; delete {(seal.WithDate ? "the lines" : "the line")}");
        }

        CheckIssuedOn(front, text, display, firstLine, diagnostics);
    }

    private static void CheckIssuedOn(CircularFrontMatter front, string text, string display, int firstLine, DiagnosticBag diagnostics)
    {
        if (IssuedOnLine.VerbOf(front.Type?.Value) is not { } verb || IssuedOnLine.Find(text, verb) is not { } found)
        {
            return;
        }

        var location = new SourceLocation(display, firstLine + found.Line, 1);
        if (GeccPortal.Thai.ThaiDates.Parse(front.Date?.Value).Date is { } date && date == found.Date)
        {
            diagnostics.Warning(location, $"the text ends with '{found.Text}', which the page prints itself from 'date': it is left off here; delete the line");
        }
        else
        {
            diagnostics.Warning(location,
                $"the text ends with '{found.Text}', but the page prints '{verb} ณ วันที่' itself from 'date', another day: the line is kept; check which date is right, put it in 'date' and delete the line");
        }
    }
}
