using System.Globalization;
using System.Text;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Content;

/// <summary>A new circular's index.md: every front-matter key, explained, and the usual body skeleton.</summary>
public static class CircularScaffold
{
    /// <summary>
    /// An ASCII slug from the B.E. year and the ref's numbers: <c>2568-0810-3-w76</c>; for an order's number under its
    /// heading, its year, kind and number: <c>2568-order-123</c>.
    /// </summary>
    public static string DefaultSlug(CircularRef reference, DateOnly date) => HeadedType(reference) is { } type
        ? $"{reference.Number}-{type}-{reference.Office}"
        : $"{ThaiDates.BuddhistYear(date)}-{reference.Office.Replace('.', '-')}-{(reference.IsCircular ? "w" : "")}{reference.Number}";

    /// <summary><c>order</c> or <c>announcement</c> for a number under an order's or announcement's heading, else null.</summary>
    public static string? HeadedType(CircularRef reference) => reference.HeadingKind switch
    {
        null => null,
        CircularRef.OrderWord => "order",
        _ => "announcement",
    };

    /// <summary>
    /// The new file's text. A number under its heading (<c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>) sets the type and the
    /// issuer the heading names, whose form has no address.
    /// </summary>
    public static string Create(string reference, string title, DateOnly date, string slug, CircularRef? parsed = null)
    {
        var headedType = parsed is null ? null : HeadedType(parsed);
        var text = new StringBuilder();
        text.AppendLine("---");
        text.AppendLine($"ref: {Quote(reference)}");
        text.AppendLine($"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  # or ๒๓ มกราคม ๒๕๖๘");
        text.AppendLine($"title: {Quote(title)}");
        text.AppendLine($"type: {headedType ?? "external"}  # external, internal, order, announcement, directive, sealed, statement, news");
        text.AppendLine("urgency:  # ด่วนที่สุด, ด่วนมาก, ด่วน, or empty");
        text.AppendLine("classification:  # leave empty: a classified (ลับ) letter is never published");
        if (headedType is not null)
        {
            // As written, not the key: the key drops the spaces of a name such as "… นครพนม เขต ๑".
            text.AppendLine($"issuer: {Quote((parsed!.HeadingText ?? parsed.Heading!)[parsed.HeadingKind!.Length..])}");
        }
        else
        {
            text.AppendLine("issuer: |-");
            text.AppendLine("  ส่วนราชการเจ้าของหนังสือ");
            text.AppendLine("  ที่อยู่");
        }

        text.AppendLine("to:  # เรียน: one value, or a list");
        text.AppendLine("references: []  # อ้างถึง: - { ref: ..., date: ..., title: ... }");
        text.AppendLine("enclosures: []  # สิ่งที่ส่งมาด้วย: - { title: ..., file: a.pdf } or - { title: ..., ref: ..., date: ... }");
        text.AppendLine("signer:");
        text.AppendLine("  name:");
        text.AppendLine("  position:");
        text.AppendLine("contact:");
        text.AppendLine("  unit:");
        text.AppendLine("  phone:");
        text.AppendLine("  fax:  # โทรสาร");
        text.AppendLine("  email:");
        text.AppendLine("tags: []");
        text.AppendLine($"slug: {slug}");
        text.AppendLine("draft: true  # set to false to publish");
        text.AppendLine("---");
        text.AppendLine("ด้วย (เหตุที่มีหนังสือไป)");
        text.AppendLine();
        text.AppendLine("ในการนี้ (สิ่งที่ขอให้ดำเนินการ)");
        text.AppendLine();
        text.AppendLine("จึงเรียนมาเพื่อโปรดพิจารณา");
        return text.ToString();
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
