using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>
/// The front matter of a circular as written, each value with its location. Values are raw text here;
/// validation parses refs and dates and checks the allowed values.
/// </summary>
public sealed record CircularFrontMatter
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "ref", "date", "title", "type", "urgency", "classification", "issuer", "to", "references",
        "enclosures", "signer", "contact", "tags", "slug", "draft",
    ];

    /// <summary>Where the front matter starts: missing keys are reported here.</summary>
    public required SourceLocation Location { get; init; }

    public Located<string>? Ref { get; init; }

    public Located<string>? Date { get; init; }

    public Located<string>? Title { get; init; }

    public Located<string>? Type { get; init; }

    public Located<string>? Urgency { get; init; }

    public Located<string>? Classification { get; init; }

    public Located<string>? Issuer { get; init; }

    public IReadOnlyList<Located<string>> To { get; init; } = [];

    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];

    public IReadOnlyList<EnclosureEntry> Enclosures { get; init; } = [];

    public SignerEntry? Signer { get; init; }

    public ContactEntry? Contact { get; init; }

    public IReadOnlyList<Located<string>> Tags { get; init; } = [];

    public Located<string>? Slug { get; init; }

    public Located<bool>? Draft { get; init; }

    /// <summary>
    /// Keys written with a value of the wrong shape, already reported. Never cached: such a file has an error, and a
    /// file with errors is not cached.
    /// </summary>
    public IReadOnlySet<string> Misshapen { get; init; } = new HashSet<string>();

    public static CircularFrontMatter Read(YamlMapReader map) => new()
    {
        Location = map.Location,
        Ref = map.Scalar("ref"),
        Date = map.Scalar("date"),
        Title = map.Text("title"),
        Type = map.Scalar("type"),
        Urgency = map.Scalar("urgency"),
        Classification = map.Scalar("classification"),
        Issuer = map.Scalar("issuer"),
        To = map.ScalarOrList("to"),
        References = [.. map.ListOfMaps("references", ReferenceEntry.Keys).Select(ReferenceEntry.Read)],
        Enclosures = [.. map.ListOfMaps("enclosures", EnclosureEntry.Keys).Select(EnclosureEntry.Read)],
        Signer = map.Map("signer", SignerEntry.Keys) is { } signer ? SignerEntry.Read(signer) : null,
        Contact = map.Map("contact", ContactEntry.Keys) is { } contact ? ContactEntry.Read(contact) : null,
        Tags = SplitAtCommas(map.ScalarOrList("tags")),
        Slug = map.Scalar("slug"),
        Draft = map.Boolean("draft"),

        // Last: filled in by the reads above.
        Misshapen = new HashSet<string>(map.Misshapen, StringComparer.Ordinal),
    };

    /// <summary>
    /// Tags typed on one line as a list is written in prose (<c>tags: ไฟป่า, หมอกควัน</c>) are the tags they name: a
    /// tag is a word to group letters by, never a phrase with a comma.
    /// </summary>
    private static List<Located<string>> SplitAtCommas(IReadOnlyList<Located<string>> tags) =>
        [.. tags.SelectMany(tag => tag.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => tag with { Value = part }))];
}

/// <summary>อ้างถึง: a letter this one refers to.</summary>
public sealed record ReferenceEntry(SourceLocation Location, Located<string>? Ref, Located<string>? Date, Located<string>? Title)
{
    public static readonly IReadOnlyList<string> Keys = ["ref", "date", "title"];

    public static ReferenceEntry Read(YamlMapReader map) =>
        new(map.Location, map.Scalar("ref"), map.Scalar("date"), map.Text("title"));
}

/// <summary>สิ่งที่ส่งมาด้วย: an enclosure, either an attached file, another circular, or only named.</summary>
public sealed record EnclosureEntry(
    SourceLocation Location, Located<string>? Title, Located<string>? File, Located<string>? Ref, Located<string>? Date)
{
    public static readonly IReadOnlyList<string> Keys = ["title", "file", "ref", "date"];

    public static EnclosureEntry Read(YamlMapReader map) =>
        new(map.Location, map.Text("title"), map.Scalar("file"), map.Scalar("ref"), map.Scalar("date"));
}

public sealed record SignerEntry(Located<string>? Name, Located<string>? Position)
{
    public static readonly IReadOnlyList<string> Keys = ["name", "position"];

    public static SignerEntry Read(YamlMapReader map) => new(map.Scalar("name"), map.Scalar("position"));
}

/// <summary>ส่วนราชการเจ้าของเรื่อง: the unit that drafted the letter, its phone (โทร.), fax (โทรสาร) and e-mail.</summary>
public sealed record ContactEntry(Located<string>? Unit, Located<string>? Phone, Located<string>? Fax, Located<string>? Email)
{
    public static readonly IReadOnlyList<string> Keys = ["unit", "phone", "fax", "email"];

    public static ContactEntry Read(YamlMapReader map) =>
        new(map.Scalar("unit"), map.Scalar("phone"), map.Scalar("fax"), map.Scalar("email"));
}
