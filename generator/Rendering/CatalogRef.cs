using GeccPortal.Generator.Model;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// The <c>ref</c> of a catalog row: whole enough to name the letter, so that it reads back (<c>CircularRef.TryParse</c>)
/// as the row's normalised ref, the key search, lookups and citations match by. A ref that names its letter by itself
/// is given as the editor wrote it; an order or announcement numbered under its heading is written <c>ที่ ๔๕/๒๕๖๘</c>,
/// which names no issuer and reads back as nothing, so it is given as its page prints it, heading first
/// (<c>คำสั่งจังหวัดนครพนม ที่ ๔๕/๒๕๖๘</c>).
/// </summary>
public static class CatalogRef
{
    public static string? Of(Circular circular, SiteSettings settings) => circular.Ref switch
    {
        null => null,
        { Heading: not null } reference when !GeccPortal.Thai.CircularRef.TryParse(circular.RefText, out _) => Display.Ref(reference, settings),
        _ => circular.RefText,
    };
}
