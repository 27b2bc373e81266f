using GeccPortal.Generator.Model;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Rendering.Letters;

/// <summary>
/// What a reference's <c>title</c> already prints. Editors copy the อ้างถึง line as the paper prints it
/// (<c>หนังสือกรม… ที่ มท ๐๘๑๐.๓/ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘</c>), as they do an enclosure's; the page then added
/// the ref and the date after it a second time, on screen and on paper. A title that names a ref (any ref: a
/// citation printed with a wrong number is kept as printed, and the right one beside it would contradict it) is
/// printed alone, with the site's link on a line of its own, on screen only, as an enclosure's is; a title that
/// writes a date gets no second date.
/// </summary>
/// <remarks>An enclosure's title is read alike: the ref and date the site adds under one not published here repeated it.</remarks>
public static class CitationTitle
{
    public static bool NamesRef(Citation citation) => NamesRef(citation.Title);

    public static bool WritesDate(Citation citation) => WritesDate(citation.Title);

    public static bool NamesRef(string? title) => title is not null && CircularRef.FindAll(title).Count > 0;

    public static bool WritesDate(string? title) => title is not null && ThaiDateMentions.FindAll(title).Count > 0;
}
