using GeccPortal.Generator.Content;
using GeccPortal.Generator.Diagnostics;
using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Validation;

/// <summary>
/// Keys that a circular's form has no place for. An order (คำสั่ง) and an announcement (ประกาศ) print a centred
/// heading naming the issuing agency, the body, "… ณ วันที่" and the signer: no เรียน, no ส่วนราชการเจ้าของเรื่อง,
/// no address. Such values are left off the page with a warning (the letter is still published); อ้างถึง and
/// attachments are kept, after the signature, since the site links and offers them.
/// </summary>
public sealed class LetterFormChecks(DiagnosticBag diagnostics)
{
    public void Check(CircularFrontMatter front, string type)
    {
        var form = LetterForms.Of(type);
        if (!LetterForms.HasCentredHeading(form))
        {
            return;
        }

        var kind = form == LetterForm.Order ? "an order (คำสั่ง)" : "an announcement (ประกาศ)";
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
}
