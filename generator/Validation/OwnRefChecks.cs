using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// A circular's own <c>ref</c>. A letter's ref carries agency letters (มท ๐๘๑๐.๓/ว ๗๖). An order (คำสั่ง) or an
/// announcement (ประกาศ) may be numbered without them, <c>ที่ ๑๒๓/๒๕๖๘</c>, its heading naming the body: every
/// body numbers its orders from 1 each year, so that number is a ref only with the heading, made from
/// <c>issuer</c>'s first line (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>). An announcement's form has no number at
/// all, so it may have no ref; an order's form always prints one.
/// </summary>
public sealed class OwnRefChecks(DiagnosticBag diagnostics)
{
    private readonly ValueChecks _values = new(diagnostics);

    /// <summary>The outcome: <see cref="Ok"/> false after an error; a null <see cref="Ref"/> with Ok is an announcement without a number.</summary>
    public readonly record struct Result(bool Ok, CircularRef? Ref, string? RefText);

    public Result Check(CircularFrontMatter front, string type)
    {
        var form = LetterForms.Of(type);
        // Announcements, statements and news releases are often issued with no number: their forms print none.
        if (form is LetterForm.Announcement or LetterForm.Release && string.IsNullOrWhiteSpace(front.Ref?.Value))
        {
            return new Result(true, null, null);
        }

        if (_values.Required(front.Ref, "ref", front.Location, misshapen: front.Misshapen) is not { } text)
        {
            return new Result(false, null, null);
        }

        var located = front.Ref!;
        if (CircularRef.TryParseNumberOnly(text, out var number, out var year))
        {
            return Headed(front, form, located, text, number, year);
        }

        if (_values.Ref(located, "ref") is not { } reference)
        {
            return new Result(false, null, null);
        }

        if (reference.Heading is not null && !LetterForms.HasCentredHeading(form))
        {
            diagnostics.Error(located.Location,
                $"ref '{text}' is an order's or announcement's number: a letter's ref has agency letters, office number, '/', then the number, e.g. {ValueChecks.RefExample}; or set 'type: order' or 'type: announcement'");
            return new Result(false, null, null);
        }

        if (reference.Heading is not null)
        {
            ReportOtherHeading(front, form, located, reference);
        }

        return new Result(true, reference, text);
    }

    /// <summary>
    /// A ref written under its heading names the letter by that heading; the page's heading is made from the type and
    /// <c>issuer</c>. When the two differ, one of them is a slip: a warning, the ref still names the letter.
    /// </summary>
    private void ReportOtherHeading(CircularFrontMatter front, LetterForm form, Located<string> located, CircularRef reference)
    {
        var printed = KindWord(form) + (IssuingBody(front.Issuer) ?? reference.HeadingBody);
        if (!string.Equals(CircularRef.HeadingKeyOf(printed), reference.Heading, StringComparison.Ordinal))
        {
            diagnostics.Warning(located.Location,
                $"ref's heading '{reference.Heading}' is not the page's '{printed}' (from 'type' and 'issuer'): the ref names the letter; check which is meant");
        }
    }

    private static string KindWord(LetterForm form) => form == LetterForm.Order ? CircularRef.OrderWord : CircularRef.AnnouncementWord;

    private Result Headed(CircularFrontMatter front, LetterForm form, Located<string> located, string text, string number, string year)
    {
        if (!LetterForms.HasCentredHeading(form))
        {
            diagnostics.Error(located.Location,
                $"ref '{text}' has no agency letters: only an order (คำสั่ง) or announcement (ประกาศ) is numbered number/year without them; write agency letters, office number, '/', then the number, e.g. {ValueChecks.RefExample}");
            return new Result(false, null, null);
        }

        var kind = KindWord(form);
        if (IssuingBody(front.Issuer) is not { } body)
        {
            diagnostics.Error(located.Location,
                $"ref '{text}' has no agency letters, so 'issuer' must name the body its heading names ({kind}จังหวัดนครพนม: issuer: จังหวัดนครพนม): every body numbers its own; or write the agency's letters (นพ {text.Replace("ที่", "", StringComparison.Ordinal).Trim()})");
            return new Result(false, null, null);
        }

        var made = CircularRef.Headed(kind + body, number, year);

        // A letter cites the order by its printed ref; one that reads back as another (or as none) could be
        // neither cited nor looked up, and another body's number might be taken for it.
        var printed = made.Format(DigitStyle.Arabic);
        if (!CircularRef.TryParse(printed, out var readBack) || readBack.Normalized != made.Normalized)
        {
            diagnostics.Error(located.Location,
                $"ref '{text}' under the heading made from 'issuer' reads '{printed}', which does not read back as that ref ({(readBack is null ? "not a ref" : readBack.Normalized)}): letters could not cite it; write issuer's first line as the heading prints it (no '/'), or write the agency's letters");
            return new Result(false, null, null);
        }

        return new Result(true, made, text);
    }

    /// <summary>The issuer's first line, as the heading prints it (the other lines are an address it does not show).</summary>
    private static string? IssuingBody(Located<string>? issuer) =>
        issuer?.Value.Trim().Split('\n')[0].Trim() is { Length: > 0 } line ? line : null;
}
