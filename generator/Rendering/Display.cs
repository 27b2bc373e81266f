using System.Globalization;

using GeccPortal.Generator.Attachments;
using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering;

/// <summary>How values read on the page: B.E. dates (and ISO dates for machines), refs and numbers in the site's digits, file sizes.</summary>
public static class Display
{
    public static string Date(DateOnly date, SiteSettings site) => ThaiDates.Format(date, site.Digits);

    /// <summary>The date with its era, as an order or announcement prints it after "… ณ วันที่": <c>๗ มกราคม พ.ศ. ๒๕๖๘</c>.</summary>
    public static string DateWithEra(DateOnly date, SiteSettings site) =>
        ThaiDigits.Format($"{date.Day} {ThaiMonths.Full[date.Month - 1]} พ.ศ. {ThaiDates.BuddhistYear(date)}", site.Digits);

    /// <summary>The date for machines (<c>datetime</c> attributes, feeds, JSON, CSV): ISO CE, <c>2025-01-07</c>, whatever the culture.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int number, SiteSettings site) => ThaiDigits.Format(number, site.Digits);

    /// <summary>The ref in its canonical printed spelling, in the site's digits.</summary>
    public static string Ref(CircularRef reference, SiteSettings site) => reference.Format(site.Digits);

    /// <summary>
    /// The ref as a letter prints it on its reference line: <c>ที่ มท ๐๘๑๐.๓/ว ๗๖</c>; an order's under its heading
    /// as letters cite it, <c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>; nothing for an announcement without a number.
    /// </summary>
    public static string RefLine(CircularRef? reference, SiteSettings site) => reference switch
    {
        null => "",
        { Heading: not null } => Ref(reference, site),
        _ => "ที่ " + Ref(reference, site),
    };

    /// <summary>
    /// The number line under an order's or announcement's heading, which already names the body: <c>ที่ ๑๒๓/๒๕๖๘</c>
    /// when the ref is an order's number (<c>นพ ๑๒๓/๒๕๖๘</c> or <c>คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘</c>), else the ref line.
    /// </summary>
    public static string HeadingNumberLine(CircularRef? reference, SiteSettings site) =>
        reference is not null && OrderNumbers.TryGet(reference, out var number, out var year)
            ? "ที่ " + Digits($"{number}/{year}", site)
            : RefLine(reference, site);

    /// <summary>
    /// The class of an element holding <paramref name="reference"/>'s ref line: an order's under its heading
    /// (<c>ประกาศกรมส่งเสริมการปกครองท้องถิ่น ที่ ๗/๒๕๖๘</c>) is too long to keep on one line of a phone, so may break.
    /// </summary>
    public static string RefClass(string cssClass, CircularRef? reference) =>
        reference?.Heading is null ? cssClass : cssClass + " ref-headed";

    /// <summary>As <see cref="RefClass(string, CircularRef?)"/>, for a cited ref as written.</summary>
    public static string RefClass(string cssClass, string refText) =>
        RefClass(cssClass, CircularRef.TryParse(refText, out var parsed) ? parsed : null);

    /// <summary>A cited ref as written, when it names no published circular: <c>ที่ …</c> unless it is an order's under its heading.</summary>
    public static string CitedRefLine(string refText, SiteSettings site) =>
        (CircularRef.TryParse(refText, out var parsed) && parsed.Heading is not null ? "" : "ที่ ") + Digits(refText, site);

    /// <summary>Text as written, with its digits in the site's style.</summary>
    public static string Digits(string text, SiteSettings site) => ThaiDigits.Format(text, site.Digits);

    public static string Size(long bytes, SiteSettings site)
    {
        var text = bytes switch
        {
            < 1024 => $"{bytes} B",
            < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
            _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        };
        return ThaiDigits.Format(text, site.Digits);
    }

    /// <summary>An attachment's link: its path under the circular's folder, each segment URL-encoded.</summary>
    public static string AttachmentHref(Circular circular, Attachment file, SiteSettings site) =>
        site.Link(circular.Url + EscapePath(file.FileName));

    /// <summary>The link to an attachment's HTML text view, encoded like <see cref="AttachmentHref"/>.</summary>
    public static string AttachmentTextHref(Circular circular, Attachment file, SiteSettings site) =>
        site.Link(circular.Url + EscapePath(AttachmentText.ViewFileName(file)));

    private static string EscapePath(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The heading an order's or announcement's form prints, the kind of letter joined to the issuing body
    /// (<c>ประกาศกรมบัญชีกลาง</c>); null for other forms. The body is the issuer's first line (its name; an address has no
    /// place here), else the name of the ref's agency letters, else the body its ref's heading names.
    /// </summary>
    public static string? Heading(Circular circular) => Model.HeadingInTitle.KindOf(circular.Type) is { } kind
        ? kind + (IssuingBody(circular) ?? (circular.Ref?.HeadingKind == kind ? circular.Ref.HeadingBody : null))
        : null;

    /// <summary>The issuing agency's name: the issuer's first line (an address has no place where the name is printed alone), else the name of the ref's agency letters.</summary>
    public static string? IssuingBody(Circular circular) =>
        circular.Issuer?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            ?? circular.AgencyName;

    /// <summary>
    /// A letter's title where nothing else beside it names it: a letter without a number (an announcement, whose form
    /// may have none) as it is cited, its heading then เรื่อง and the subject (<c>ประกาศกรมการปกครอง เรื่อง การให้บริการ…</c>);
    /// any other its title. The feed and the catalogs showed such a letter's subject alone, with no ref or agency
    /// beside it to say whose it was (site probes 9 and 10).
    /// </summary>
    public static string NamedTitle(Circular circular) =>
        circular.Ref is null && Heading(circular) is { } heading ? heading + " เรื่อง " + circular.Title : circular.Title;

    /// <summary>CSS class naming the urgency level, so the most urgent stands out most.</summary>
    public static string UrgencyClass(string urgency) => $"urgency urgency-{Urgencies.Rank(urgency)}";
}
