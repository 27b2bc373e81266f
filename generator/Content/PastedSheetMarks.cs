using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Markdown;

namespace GeccPortal.Generator.Content;

/// <summary>
/// Warns at a continuation sheet's number (<c>- ๒ -</c>) and the next sheet's first words (<c>/ทั้งนี้...</c>) pasted
/// with a letter's text from its PDF (<see cref="SheetMarkLines"/>), which the page leaves off, so the file is mended.
/// </summary>
public static class PastedSheetMarks
{
    /// <param name="firstLine">The file's line (from 1) of the body's first line.</param>
    public static void Check(string body, string display, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var mark in SheetMarkLines.Find(body))
        {
            var what = mark.IsCarriedWords
                ? "repeats the first words of the next sheet, as a printed letter types them at a sheet's foot"
                : "is the number of a printed letter's continuation sheet";
            diagnostics.Warning(new SourceLocation(display, firstLine + mark.Line, 1),
                $"this line, '{mark.Text}', {what}, pasted with the text from the PDF: the page leaves it off; delete the line");
        }
    }
}
