using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// The contact's phone (โทร.) and fax (โทรสาร), checked alike. A number is free text as letters print it: Thai or
/// Arabic digits (shown in the site's digits), spaces, dashes, an extension (ต่อ ๒๓๒๒), an internal line (มท. ๕๐๘๒๘),
/// several numbers. Warned about (a contact detail is no reason to hold back a circular) is what cannot be a number:
/// no digit at all, an e-mail address, or the label again (the letter prints โทร. and โทรสาร itself, so a typed
/// label is left off the page; see <see cref="ContactNumberLabel"/>).
/// </summary>
public sealed class ContactNumberChecks(DiagnosticBag diagnostics)
{
    private const string Example = "๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒";

    public void Check(ContactEntry contact)
    {
        CheckNumber(contact.Phone, "phone");
        CheckNumber(contact.Fax, "fax");
    }

    private void CheckNumber(Located<string>? value, string key)
    {
        var number = value?.Value.Trim();
        if (value is null || string.IsNullOrEmpty(number))
        {
            return;
        }

        if (number.Contains('@', StringComparison.Ordinal))
        {
            diagnostics.Warning(value.Location, $"contact {key} '{number}' is an e-mail address: put it in 'email', and the number in '{key}'");
        }
        else if (!number.Any(c => char.IsAsciiDigit(c) || ThaiDigits.IsThaiDigit(c)))
        {
            diagnostics.Warning(value.Location, $"contact {key} '{number}' has no digits: write the number as the letter prints it, e.g. {Example}");
        }
        else if (ContactNumberLabel.Of(number) is { } label)
        {
            diagnostics.Warning(value.Location, $"contact {key} '{number}' starts with the label '{label}', which is left off the page (the letter prints its label): write the number only");
        }
    }
}
