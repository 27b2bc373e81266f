using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Model;

/// <summary>
/// The heading an order's or announcement's form prints above its subject (<c>ประกาศกรมบัญชีกลาง</c>, <c>คำสั่งจังหวัดขอนแก่น
/// ที่ ๔๑๒/๒๕๖๘</c>), typed into the title as the paper copy reads (<c>title: ประกาศกรมบัญชีกลาง เรื่อง อัตราค่าเช่าบ้าน</c>): the
/// page printed ประกาศ twice, heading and เรื่อง again after เรื่อง. It is left off, as a typed เรื่อง is
/// (<see cref="PrintedLabel"/>), and the check warns at the line. A subject that starts with the word alone
/// (<c>ประกาศรายชื่อผู้มีสิทธิ…</c>, as letters title a list of names) is the subject, and kept.
/// </summary>
public static partial class HeadingInTitle
{
    /// <summary>The heading's first word for a letter of <paramref name="type"/>, or null for a form without that heading.</summary>
    public static string? KindOf(string type) => LetterForms.Of(type) switch
    {
        LetterForm.Announcement => "ประกาศ",
        LetterForm.Order => "คำสั่ง",
        LetterForm.Release => type == "news" ? "ข่าว" : "แถลงการณ์",
        _ => null,
    };

    /// <summary>
    /// The start of <paramref name="title"/> the page prints itself as the heading: the kind of letter and the words up to
    /// เรื่อง (<c>ประกาศกรมบัญชีกลาง เรื่อง</c>, <c>ประกาศ เรื่อง</c>), or the kind and the issuing body's name when no เรื่อง
    /// follows (<c>ประกาศกรมบัญชีกลาง</c>, spaces aside); null when there is none, or nothing would be left.
    /// </summary>
    /// <param name="bodies">The names the heading may print: the issuer's first line, the body the ref's heading names.</param>
    public static string? Find(string title, string type, IEnumerable<string?> bodies)
    {
        if (KindOf(type) is not { } kind)
        {
            return null;
        }

        var text = title.TrimStart();
        if (!text.StartsWith(kind, StringComparison.Ordinal))
        {
            return null;
        }

        if (UpToSubjectLabel().Match(text) is { Success: true } labelled)
        {
            return labelled.Value.TrimEnd();
        }

        foreach (var body in bodies)
        {
            if (!string.IsNullOrWhiteSpace(body) && EndOfName(text, kind.Length, body) is { } end
                && end < text.Length && char.IsWhiteSpace(text[end]) && text[end..].Trim().Length > 0)
            {
                return text[..end];
            }
        }

        return null;
    }

    /// <summary>The names a heading prints after its kind: the issuer's first line (its name), and the body the ref's heading names.</summary>
    public static IEnumerable<string?> BodiesOf(string? issuer, CircularRef? reference) =>
        [issuer?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), reference?.HeadingBody];

    /// <summary>The title without the heading typed before it (<see cref="Find"/>).</summary>
    public static string Strip(string title, string type, IEnumerable<string?> bodies) =>
        Find(title, type, bodies) is { } heading ? title.TrimStart()[heading.Length..].Trim() : title;

    /// <summary>Where <paramref name="name"/>, read from <paramref name="start"/> with spaces in either left aside, ends in <paramref name="text"/>.</summary>
    private static int? EndOfName(string text, int start, string name)
    {
        var at = start;
        foreach (var letter in name.Where(letter => !char.IsWhiteSpace(letter)))
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at >= text.Length || text[at] != letter)
            {
                return null;
            }

            at++;
        }

        return at;
    }

    // "ประกาศกรมบัญชีกลาง เรื่อง ", "คำสั่งจังหวัดขอนแก่น ที่ ๔๑๒/๒๕๖๘ เรื่อง: ": the heading, then เรื่อง as a word, then the subject.
    [GeneratedRegex(@"^\S[^\n]{0,150}?\s+เรื่อง(?:\s*:\s*|\s+)(?=\S)")]
    private static partial Regex UpToSubjectLabel();
}
