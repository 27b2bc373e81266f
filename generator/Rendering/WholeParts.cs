using System.Text.RegularExpressions;

using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Finds, in a letter's short free-text fields (an enclosure's title, an address, a cited letter's title), what
/// a reader must see whole on one line: a reference number (<c>ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒</c>), a written date
/// (<c>ลงวันที่ ๒๔ ธันวาคม ๒๕๖๗</c>), a phone's digit groups (<c>๐ ๒๒๘๓ ๔๔๘๕</c>), a postcode with the word
/// before it (<c>กทม. ๑๐๓๐๐</c>) and a count with its unit (<c>จำนวน ๑ ชุด</c>). A browser otherwise breaks a line
/// at their spaces, or even inside ลงวันที่, which in print left <c>๐๒๑๘.๑/ว ๑๓๑๘๒</c> or a lone postcode at the
/// start of a line, and at 320 px <c>จำนวน ๑</c> / <c>ชุด</c>. The page wraps each
/// part in a span that does not wrap (<c>LetterText</c>, and <see cref="WholePartMarks"/> in bodies); the text
/// itself is unchanged.
/// </summary>
public static partial class WholeParts
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789๐๑๒๓๔๕๖๗๘๙");

    /// <summary>The parts, as sorted, non-overlapping (start, length) ranges of <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text) => Find(text, everyDate: true);

    /// <summary>
    /// As <see cref="Find(string)"/> for a letter's body, which is long and read on every page build: of its
    /// dates only those that date a cited letter (after ลงวันที่ or ลว.), where a break would split a citation.
    /// Each kind of part is looked for only when the text has what it needs (a digit, a slash, a label).
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> FindInBody(string text) => Find(text, everyDate: false);

    private static IReadOnlyList<(int Start, int Length)> Find(string text, bool everyDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Digits) < 0)
        {
            return [];
        }

        var found = new List<(int Start, int End)>();
        if (everyDate || text.Contains("ลงวันที่", StringComparison.Ordinal) || text.Contains("ลว", StringComparison.Ordinal))
        {
            foreach (var mention in ThaiDateMentions.FindAll(text))
            {
                if (everyDate || mention.OfLetter)
                {
                    found.Add((mention.Index, mention.Index + mention.Length));
                }
            }
        }

        var patterns = new List<Regex> { DigitGroups(), CountWithUnit() };
        if (text.Contains('/'))
        {
            patterns.Add(Reference());
        }

        if (FiveDigits().IsMatch(text))
        {
            patterns.Add(Postcode());
        }

        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                found.Add((match.Index, match.Index + match.Length));
            }
        }

        // Overlapping parts (a ref whose running number a date follows) become one part.
        var merged = new List<(int Start, int End)>();
        foreach (var part in found.OrderBy(part => part.Start))
        {
            if (merged.Count > 0 && part.Start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, part.End));
            }
            else
            {
                merged.Add(part);
            }
        }

        return [.. merged.Select(part => (part.Start, part.End - part.Start))];
    }

    /// <summary>
    /// A reference as letters print it, with or without ที่ before it: agency letters (not glued to a word
    /// before them), an optional committee in brackets, an office number, a slash, an optional ว and the
    /// running number.
    /// </summary>
    [GeneratedRegex(@"(?:ที่[ \t\u00A0]+)?(?<![\u0E01-\u0E4E])[\u0E01-\u0E2E]{1,3}\.?(?:[ \t\u00A0]*\([\u0E01-\u0E2E.]+\))?[ \t\u00A0]*[0-9\u0E50-\u0E59]{2,}(?:\.[0-9\u0E50-\u0E59]+)*[ \t\u00A0]*/[ \t\u00A0]*(?:ว\.?[ \t\u00A0]*)?[0-9\u0E50-\u0E59]+", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>
    /// Two to four groups of digits with single spaces between them: a phone number (<c>๐ ๒๒๘๓ ๔๔๘๕</c>,
    /// <c>๐๒ ๒๔๑ ๙๐๐๐ ๒๓๒๒</c>). Longer runs (a row of figures) are cut into such pieces rather than kept whole.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9\u0E50-\u0E59])[0-9\u0E50-\u0E59]{1,5}(?:[ \t\u00A0][0-9\u0E50-\u0E59]{1,5}){1,3}(?![0-9\u0E50-\u0E59])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroups();

    /// <summary>
    /// A number and the unit word after it, with จำนวน before them when it is there: an enclosure's count
    /// (<c>จำนวน ๑ ชุด</c>, <c>๒ ฉบับ</c>, <c>๑๕ แผ่น</c>), an amount (<c>๑,๕๐๐ บาท</c>), a period or a time
    /// (<c>๑๕ วัน</c>, <c>๐๙.๓๐ น.</c>). Thai writes a count with its unit as one phrase; split over two lines the unit
    /// reads as the start of the next thing. The units are a closed list, longest first (แผ่นดิสก์ before
    /// แผ่น), so a number before an ordinary word (<c>ข้อ ๒ และ</c>) is left alone; not เรื่อง, nor วัน in วันที่:
    /// after a number they are mostly a label (<c>ว 119 เรื่อง</c>, <c>ครั้งที่ ๓ วันที่ ๕</c>). A unit that begins
    /// a longer word (<c>๒ หน้าที่</c>) is kept with its number too, which does no harm, but never cut inside a
    /// cluster.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9\u0E50-\u0E59.,])(?:จำนวน[ \t\u00A0]*)?[0-9\u0E50-\u0E59]+(?:[.,:][0-9\u0E50-\u0E59]+)*[ \t\u00A0]*(?:แผ่นดิสก์|แผ่นซีดี|แผ่น|ฉบับ|ชุด|หน้า|เล่ม|แฟ้ม|ไฟล์|รายการ|ซอง|กล่อง|ม้วน|ภาพ|รูป|บาท|คน|ราย|แห่ง|วัน(?!ที่)|เดือน|ปี|ครั้ง|ชั่วโมง|นาที|น\.)(?![\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])", RegexOptions.CultureInvariant)]
    private static partial Regex CountWithUnit();

    [GeneratedRegex(@"[0-9\u0E50-\u0E59]{5}", RegexOptions.CultureInvariant)]
    private static partial Regex FiveDigits();

    /// <summary>A five-digit group (a Thai postcode) with the word before it, when that word is short.</summary>
    [GeneratedRegex(@"(?<!\S)\S{1,20}[ \t\u00A0]+[0-9\u0E50-\u0E59]{5}(?![0-9\u0E50-\u0E59])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}
