using System.Buffers;
using System.Text;

using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content.Caching;

/// <summary>
/// Writes a circular's front matter, with every value's location, to the source cache and reads it back.
/// Every location of one file has that file's path, so only lines and columns are stored.
/// </summary>
internal static class FrontMatterCodec
{
    public static void Write(BinaryWriter writer, CircularFrontMatter front)
    {
        WriteLocation(writer, front.Location);
        WriteValue(writer, front.Ref);
        WriteValue(writer, front.Date);
        WriteValue(writer, front.Title);
        WriteValue(writer, front.Type);
        WriteValue(writer, front.Urgency);
        WriteValue(writer, front.Classification);
        WriteValue(writer, front.Issuer);
        WriteValues(writer, front.To);
        writer.Write(front.References.Count);
        foreach (var reference in front.References)
        {
            WriteLocation(writer, reference.Location);
            WriteValue(writer, reference.Ref);
            WriteValue(writer, reference.Date);
            WriteValue(writer, reference.Title);
        }

        writer.Write(front.Enclosures.Count);
        foreach (var enclosure in front.Enclosures)
        {
            WriteLocation(writer, enclosure.Location);
            WriteValue(writer, enclosure.Title);
            WriteValue(writer, enclosure.File);
            WriteValue(writer, enclosure.Ref);
            WriteValue(writer, enclosure.Date);
        }

        writer.Write(front.Signer is not null);
        if (front.Signer is { } signer)
        {
            WriteValue(writer, signer.Name);
            WriteValue(writer, signer.Position);
        }

        writer.Write(front.Contact is not null);
        if (front.Contact is { } contact)
        {
            WriteValue(writer, contact.Unit);
            WriteValue(writer, contact.Phone);
            WriteValue(writer, contact.Fax);
            WriteValue(writer, contact.Email);
        }

        WriteValues(writer, front.Tags);
        WriteValue(writer, front.Slug);
        writer.Write(front.Draft is not null);
        if (front.Draft is { } draft)
        {
            writer.Write(draft.Value);
            WriteLocation(writer, draft.Location);
        }
    }

    public static CircularFrontMatter Read(BinaryReader reader, string path)
    {
        var location = ReadLocation(reader, path);
        return new CircularFrontMatter
        {
            Location = location,
            Ref = ReadValue(reader, path),
            Date = ReadValue(reader, path),
            Title = ReadValue(reader, path),
            Type = ReadValue(reader, path),
            Urgency = ReadValue(reader, path),
            Classification = ReadValue(reader, path),
            Issuer = ReadValue(reader, path),
            To = ReadValues(reader, path),
            References = ReadList(reader, () => new ReferenceEntry(ReadLocation(reader, path), ReadValue(reader, path), ReadValue(reader, path), ReadValue(reader, path))),
            Enclosures = ReadList(reader, () => new EnclosureEntry(
                ReadLocation(reader, path), ReadValue(reader, path), ReadValue(reader, path), ReadValue(reader, path), ReadValue(reader, path))),
            Signer = reader.ReadBoolean() ? new SignerEntry(ReadValue(reader, path), ReadValue(reader, path)) : null,
            Contact = reader.ReadBoolean() ? new ContactEntry(ReadValue(reader, path), ReadValue(reader, path), ReadValue(reader, path), ReadValue(reader, path)) : null,
            Tags = ReadValues(reader, path),
            Slug = ReadValue(reader, path),
            Draft = reader.ReadBoolean() ? ReadDraft(reader, path) : null,
        };
    }

    private static Located<bool> ReadDraft(BinaryReader reader, string path)
    {
        var value = reader.ReadBoolean();
        return new Located<bool>(value, ReadLocation(reader, path));
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader, string path)
    {
        var line = reader.ReadInt32();
        return new SourceLocation(path, line, reader.ReadInt32());
    }

    private static void WriteValue(BinaryWriter writer, Located<string>? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value.Value);
            WriteLocation(writer, value.Location);
        }
    }

    private static Located<string>? ReadValue(BinaryReader reader, string path)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var value = ReadText(reader);
        return new Located<string>(value, ReadLocation(reader, path));
    }

    /// <summary>
    /// Reads what <see cref="BinaryWriter.Write(string)"/> wrote. BinaryReader.ReadString builds any string of
    /// over 128 bytes (most Thai titles) through a StringBuilder; this decodes it in one step.
    /// </summary>
    internal static string ReadText(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("a string length in the source cache runs past its end");
        }

        if (length <= 1024)
        {
            Span<byte> small = stackalloc byte[length];
            reader.BaseStream.ReadExactly(small);
            return Encoding.UTF8.GetString(small);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            reader.BaseStream.ReadExactly(rented.AsSpan(0, length));
            return Encoding.UTF8.GetString(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void WriteValues(BinaryWriter writer, IReadOnlyList<Located<string>> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteValue(writer, value);
        }
    }

    private static IReadOnlyList<Located<string>> ReadValues(BinaryReader reader, string path) =>
        ReadList(reader, () => ReadValue(reader, path)!);

    private static IReadOnlyList<T> ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        // A damaged file must not ask for a huge (or negative) array: each item takes at least one byte.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("a list length in the source cache runs past its end");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
