using GeccPortal.Generator.Model;
using GeccPortal.Generator.Validation;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// Writes a <see cref="CheckedSnapshot"/> after its file's front matter in the source cache, and reads it back. Most
/// checked and shown texts are the front matter's own values (a title with nothing to trim or repair), so each text is
/// stored as "the same as" the value it was made from when it is: reading it back then makes no new string, and the
/// cache grows little. Locations are the front matter's, which is read first.
/// </summary>
internal static class CheckedSnapshotCodec
{
    private const byte Absent = 0;
    private const byte SameAsBase = 1;
    private const byte Written = 2;

    public static void Write(BinaryWriter writer, CircularFrontMatter front, CheckedSnapshot circular)
    {
        var shown = circular.Shown;
        WriteRef(writer, circular.Ref);
        WriteText(writer, circular.RefText, front.Ref?.Value);
        writer.Write(circular.Date.DayNumber);
        WriteText(writer, circular.Title, front.Title?.Value);
        WriteWord(writer, circular.Type, Types);
        WriteWord(writer, circular.Urgency, Urgencies.All);
        WriteText(writer, circular.Slug, front.Slug?.Value);

        writer.Write(circular.Enclosures.Count);
        for (var i = 0; i < circular.Enclosures.Count; i++)
        {
            var (enclosure, entry) = (circular.Enclosures[i], front.Enclosures[i]);
            WriteText(writer, enclosure.Title, entry.Title?.Value);
            WriteText(writer, enclosure.RefText, entry.Ref?.Value);
            WriteRef(writer, enclosure.Ref);
            WriteDate(writer, enclosure.Date);
            WriteText(writer, shown.EnclosureTitles[i], enclosure.Title);
            WriteText(writer, shown.EnclosureRefTexts[i], enclosure.RefText);
        }

        writer.Write(circular.References.Count);
        for (var i = 0; i < circular.References.Count; i++)
        {
            var (reference, entry) = (circular.References[i], front.References[i]);
            WriteText(writer, reference.RefText, entry.Ref?.Value);
            WriteRef(writer, reference.Ref);
            WriteDate(writer, reference.Date);
            WriteText(writer, reference.Title, entry.Title?.Value);
            WriteText(writer, shown.ReferenceRefTexts[i], reference.RefText);
            WriteText(writer, shown.ReferenceTitles[i], reference.Title);
        }

        WriteText(writer, shown.RefText, circular.RefText);
        WriteText(writer, shown.Title, circular.Title);
        WriteText(writer, shown.Issuer, front.Issuer?.Value);
        writer.Write(shown.To.Count);
        for (var i = 0; i < shown.To.Count; i++)
        {
            WriteText(writer, shown.To[i], front.To[i].Value);
        }

        writer.Write(shown.Signer is not null);
        if (shown.Signer is { } signer)
        {
            WriteText(writer, signer.Name, front.Signer?.Name?.Value);
            WriteText(writer, signer.Position, front.Signer?.Position?.Value);
        }

        writer.Write(shown.Contact is not null);
        if (shown.Contact is { } contact)
        {
            WriteText(writer, contact.Unit, front.Contact?.Unit?.Value);
            WriteText(writer, contact.Phone, front.Contact?.Phone?.Value);
            WriteText(writer, contact.Fax, front.Contact?.Fax?.Value);
            WriteText(writer, contact.Email, front.Contact?.Email?.Value);
        }

        writer.Write(shown.Tags.Count);
        for (var i = 0; i < shown.Tags.Count; i++)
        {
            WriteText(writer, shown.Tags[i], front.Tags[i].Value);
        }

        WriteText(writer, shown.AgencyCode, circular.Ref?.Agency);
    }

    public static CheckedSnapshot Read(BinaryReader reader, CircularFrontMatter front)
    {
        var reference = ReadRef(reader);
        var refText = ReadText(reader, front.Ref?.Value);
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        var title = ReadText(reader, front.Title?.Value) ?? throw Damaged();
        var type = ReadWord(reader, Types) ?? throw Damaged();
        var urgency = ReadWord(reader, Urgencies.All);
        var slug = ReadText(reader, front.Slug?.Value);

        // Most letters have no enclosure, reference, addressee or tag: those lists share one empty array each.
        var enclosures = Sized<CheckedEnclosure>(Count(reader, front.Enclosures.Count));
        var enclosureTitles = Sized<string>(enclosures.Length);
        var enclosureRefTexts = Sized<string?>(enclosures.Length);
        for (var i = 0; i < enclosures.Length; i++)
        {
            var entry = front.Enclosures[i];
            var enclosureTitle = ReadText(reader, entry.Title?.Value) ?? throw Damaged();
            var enclosureRefText = ReadText(reader, entry.Ref?.Value);
            enclosures[i] = new CheckedEnclosure(entry.Location, enclosureTitle, null, enclosureRefText, ReadRef(reader), ReadDate(reader))
            {
                FileLocation = entry.File?.Location,
            };
            enclosureTitles[i] = ReadText(reader, enclosureTitle) ?? throw Damaged();
            enclosureRefTexts[i] = ReadText(reader, enclosureRefText);
        }

        var references = Sized<CheckedReference>(Count(reader, front.References.Count));
        var referenceRefTexts = Sized<string?>(references.Length);
        var referenceTitles = Sized<string?>(references.Length);
        for (var i = 0; i < references.Length; i++)
        {
            var entry = front.References[i];
            var referenceRefText = ReadText(reader, entry.Ref?.Value);
            var cited = ReadRef(reader);
            var citedDate = ReadDate(reader);
            var referenceTitle = ReadText(reader, entry.Title?.Value);
            references[i] = new CheckedReference(entry.Location, referenceRefText, cited, citedDate, referenceTitle);
            referenceRefTexts[i] = ReadText(reader, referenceRefText);
            referenceTitles[i] = ReadText(reader, referenceTitle);
        }

        var shownRefText = ReadText(reader, refText);
        var shownTitle = ReadText(reader, title) ?? throw Damaged();
        var issuer = ReadText(reader, front.Issuer?.Value);
        var to = Sized<string>(Count(reader, front.To.Count));
        for (var i = 0; i < to.Length; i++)
        {
            to[i] = ReadText(reader, front.To[i].Value) ?? throw Damaged();
        }

        var signer = reader.ReadBoolean()
            ? new Signer(ReadText(reader, front.Signer?.Name?.Value), ReadText(reader, front.Signer?.Position?.Value))
            : null;
        var contact = reader.ReadBoolean()
            ? new Contact(ReadText(reader, front.Contact?.Unit?.Value), ReadText(reader, front.Contact?.Phone?.Value),
                ReadText(reader, front.Contact?.Fax?.Value), ReadText(reader, front.Contact?.Email?.Value))
            : null;
        var tags = Sized<string>(Count(reader, front.Tags.Count));
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = ReadText(reader, front.Tags[i].Value) ?? throw Damaged();
        }

        var agencyCode = ReadText(reader, reference?.Agency);
        var shown = new ShownFields(shownRefText, shownTitle, issuer, to, signer, contact, tags, agencyCode,
            referenceRefTexts, referenceTitles, enclosureTitles, enclosureRefTexts);
        return new CheckedSnapshot(reference, refText, date, title, type, urgency, slug, enclosures, references, shown);
    }

    private static readonly string[] Types = [.. CircularTypes.Labels.Keys];

    // A word of a fixed list (a type, an urgency) by its place in it, so reading it back makes no string.
    private const byte NoWord = 255;
    private const byte OtherWord = 254;

    private static void WriteWord(BinaryWriter writer, string? word, IReadOnlyList<string> words)
    {
        var at = -1;
        for (var i = 0; word is not null && i < words.Count && at < 0; i++)
        {
            at = string.Equals(words[i], word, StringComparison.Ordinal) ? i : -1;
        }

        writer.Write(word is null ? NoWord : at >= 0 && at < OtherWord ? (byte)at : OtherWord);
        if (word is not null && (at < 0 || at >= OtherWord))
        {
            writer.Write(word);
        }
    }

    private static string? ReadWord(BinaryReader reader, IReadOnlyList<string> words) => reader.ReadByte() switch
    {
        NoWord => null,
        OtherWord => FrontMatterCodec.ReadText(reader),
        var at when at < words.Count => words[at],
        _ => throw Damaged(),
    };

    /// <summary>A text, as absent, the same as <paramref name="from"/> (the value it was made from), or written out.</summary>
    private static void WriteText(BinaryWriter writer, string? text, string? from)
    {
        if (text is null)
        {
            writer.Write(Absent);
        }
        else if (string.Equals(text, from, StringComparison.Ordinal))
        {
            writer.Write(SameAsBase);
        }
        else
        {
            writer.Write(Written);
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader, string? from) => reader.ReadByte() switch
    {
        Absent => null,
        SameAsBase => from ?? throw Damaged(),
        Written => FrontMatterCodec.ReadText(reader),
        _ => throw Damaged(),
    };

    /// <summary>A ref without a heading, by its parts (snapshots keep no headed refs, see <see cref="CheckedSnapshot.CanKeep"/>).</summary>
    private static void WriteRef(BinaryWriter writer, CircularRef? reference)
    {
        writer.Write(reference is not null);
        if (reference is not null)
        {
            writer.Write(reference.Agency);
            WriteText(writer, reference.Committee, null);
            writer.Write(reference.Office);
            writer.Write(reference.IsCircular);
            writer.Write(reference.Number);
        }
    }

    private static CircularRef? ReadRef(BinaryReader reader) => reader.ReadBoolean()
        ? new CircularRef(FrontMatterCodec.ReadText(reader), ReadText(reader, null), FrontMatterCodec.ReadText(reader), reader.ReadBoolean(), FrontMatterCodec.ReadText(reader))
        : null;

    private static void WriteDate(BinaryWriter writer, DateOnly? date)
    {
        writer.Write(date is not null);
        if (date is { } day)
        {
            writer.Write(day.DayNumber);
        }
    }

    private static DateOnly? ReadDate(BinaryReader reader) => reader.ReadBoolean() ? DateOnly.FromDayNumber(reader.ReadInt32()) : null;

    /// <summary>A list's length, which must be the front matter's: each item of the snapshot belongs to one there.</summary>
    private static int Count(BinaryReader reader, int expected) => reader.ReadInt32() == expected ? expected : throw Damaged();

    private static T[] Sized<T>(int count) => count == 0 ? [] : new T[count];

    private static FormatException Damaged() => new("a checked circular in the source cache does not fit its front matter");
}
