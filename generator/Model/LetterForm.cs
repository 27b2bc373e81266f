namespace GeccPortal.Generator.Model;

/// <summary>
/// The form of the Regulation on Correspondence a circular's page is laid out as. A directive (หนังสือสั่งการ) is
/// a letter that instructs, sent as a ว circular on the external letter's form (ที่, เรียน, ขอแสดงความนับถือ), so it
/// keeps that form; คำสั่ง and ประกาศ have forms of their own.
/// </summary>
public enum LetterForm
{
    /// <summary>หนังสือภายนอก: ที่ and the issuer's address, the date, เรื่อง / เรียน, closing, contact.</summary>
    External,

    /// <summary>บันทึกข้อความ, for an internal letter.</summary>
    Memo,

    /// <summary>คำสั่ง: centred heading with ที่ number/year, "สั่ง ณ วันที่".</summary>
    Order,

    /// <summary>ประกาศ: centred heading, "ประกาศ ณ วันที่".</summary>
    Announcement,

    /// <summary>
    /// หนังสือประทับตรา: ที่, ถึง, the text, then the issuing agency's name where its seal is stamped and the date
    /// under it, then the unit that drafted it. No เรื่อง, no closing and no signature (the seal stands for one).
    /// </summary>
    Sealed,

    /// <summary>
    /// แถลงการณ์ and ข่าว, the หนังสือประชาสัมพันธ์ other than ประกาศ: the centred heading (the kind and the agency, เรื่อง),
    /// the text, then the issuing agency's name and the date. No เรียน, no signer, no contact block.
    /// </summary>
    Release,
}

public static class LetterForms
{
    /// <summary>The form of a circular of <paramref name="type"/> (one of <c>CircularTypes.Labels</c>' keys).</summary>
    public static LetterForm Of(string type) => type switch
    {
        "internal" => LetterForm.Memo,
        "order" => LetterForm.Order,
        "announcement" => LetterForm.Announcement,
        "sealed" => LetterForm.Sealed,
        "statement" or "news" => LetterForm.Release,
        _ => LetterForm.External,
    };

    /// <summary>Whether the form ends with the issuing agency's name and the date in place of a signer (หนังสือประทับตรา, แถลงการณ์, ข่าว).</summary>
    public static bool EndsWithIssuingBody(LetterForm form) => form is LetterForm.Sealed or LetterForm.Release;

    /// <summary>Whether the form is a centred heading with no เรียน and no contact block (คำสั่ง, ประกาศ).</summary>
    public static bool HasCentredHeading(LetterForm form) => form is LetterForm.Order or LetterForm.Announcement;
}
