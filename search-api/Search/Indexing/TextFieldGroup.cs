namespace GeccPortal.Search.Indexing;

/// <summary>
/// A part of a circular indexed twice: as dictionary words (<see cref="WordField"/>) and as unit bigrams
/// (<see cref="GramField"/>). <see cref="Label"/> is what a hit's <c>matches</c> says; <see cref="Boost"/>
/// weighs a match here against a match elsewhere.
/// </summary>
public sealed record TextFieldGroup(string Label, string WordField, string GramField, float Boost)
{
    public const string WordSuffix = "_w";
    public const string GramSuffix = "_g";

    public static readonly TextFieldGroup Title = Create("title", 6f);
    public static readonly TextFieldGroup Body = Create("body", 1f);
    public static readonly TextFieldGroup Enclosure = Create("enclosure", 2f);
    public static readonly TextFieldGroup People = Create("people", 2f);
    public static readonly TextFieldGroup Meta = Create("meta", 1.5f);
    public static readonly TextFieldGroup Attachment = Create("attachment", 0.8f);

    public static readonly IReadOnlyList<TextFieldGroup> All = [Title, Body, Enclosure, People, Meta, Attachment];

    private static TextFieldGroup Create(string label, float boost) =>
        new(label, label + WordSuffix, label + GramSuffix, boost);
}
