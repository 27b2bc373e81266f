using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// Keys that a circular's form has no place for. An order (คำสั่ง) and an announcement (ประกาศ) print a centred
/// heading naming the issuing agency, the body, "… ณ วันที่" and the signer: no เรียน, no ส่วนราชการเจ้าของเรื่อง,
/// no address. Such values are left off the page with a warning (the letter is still published); อ้างถึง and
/// attachments are kept, after the signature, since the site links and offers them. A sealed letter (หนังสือประทับตรา)
/// has no signer.
/// </summary>
public sealed class LetterFormChecks(DiagnosticBag diagnostics)
{
    public void Check(CircularFrontMatter front, string type)
    {
        var form = LetterForms.Of(type);
        if (form == LetterForm.Sealed)
        {
            const string Sealed = "a sealed letter (หนังสือประทับตรา)";
            CheckNotSigned(front, Sealed, "its agency's seal stands for a signature");
            if (front.Issuer is { } issuer && issuer.Value.Trim().Contains('\n', StringComparison.Ordinal))
            {
                diagnostics.Warning(issuer.Location,
                    $"'issuer': {Sealed} names only the issuing agency, the first line, at its seal; the other lines (an address) are not shown");
            }

            return;
        }

        if (form == LetterForm.Release)
        {
            var release = type == "news" ? "a news release (ข่าว)" : "a statement (แถลงการณ์)";
            CheckNotSigned(front, release, "it ends with the issuing agency's name and the date");
            CheckNoAddressee(front, release);
            return;
        }

        if (!LetterForms.HasCentredHeading(form))
        {
            return;
        }

        CheckNoAddressee(front, form == LetterForm.Order ? "an order (คำสั่ง)" : "an announcement (ประกาศ)");
    }

    /// <summary>A form with a centred heading has no เรียน, no contact block, and names only the agency.</summary>
    private void CheckNoAddressee(CircularFrontMatter front, string kind)
    {
        if (front.To.Count > 0)
        {
            diagnostics.Warning(front.To[0].Location, $"'to' (เรียน): {kind} has no addressee line; it is not shown");
        }

        if (front.Contact is { } contact
            && new[] { contact.Unit, contact.Phone, contact.Fax, contact.Email }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v?.Value)) is { } given)
        {
            diagnostics.Warning(given.Location, $"'contact' (ส่วนราชการเจ้าของเรื่อง): {kind} has no contact block; it is not shown");
        }

        if (front.Issuer is { } issuer && issuer.Value.Trim().Contains('\n', StringComparison.Ordinal))
        {
            diagnostics.Warning(issuer.Location,
                $"'issuer': {kind} names only the issuing agency, the first line, in its heading; the other lines (an address) are not shown");
        }
    }

    /// <summary>
    /// A sealed letter (หนังสือประทับตรา), a statement or a news release is not signed: the agency's seal, with an official's
    /// initials beside it, or the agency's name and the date stand for a signature.
    /// </summary>
    private void CheckNotSigned(CircularFrontMatter front, string kind, string why)
    {
        if (front.Signer is { } signer)
        {
            diagnostics.Warning(signer.Name?.Location ?? signer.Position?.Location ?? front.Location,
                $"'signer': {kind} is not signed, {why}: it is not shown; delete 'signer', or give the letter the type it has (external)");
        }
    }
}
