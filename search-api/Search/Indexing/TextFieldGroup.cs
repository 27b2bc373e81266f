namespace GeccPortal.Search.Indexing;

/// <summary>
/// Text indexed twice: as dictionary words (<see cref="WordField"/>) and as unit bigrams
/// (<see cref="GramField"/>). <see cref="All"/> holds every searchable text of a circular and decides
/// whether it matches; <see cref="Title"/> and <see cref="People"/> hold their texts again only to rank a
/// match there higher. One matching field instead of one per part keeps a query to a few phrase scorers.
/// </summary>
public sealed record TextFieldGroup(string WordField, string GramField, float Boost)
{
    public static readonly TextFieldGroup All = Create("all", 1f);
    public static readonly TextFieldGroup Title = Create("title", 4f);
    public static readonly TextFieldGroup People = Create("people", 1.5f);

    public static readonly IReadOnlyList<TextFieldGroup> Every = [All, Title, People];

    private static TextFieldGroup Create(string name, float boost) => new(name + "_w", name + "_g", boost);
}
