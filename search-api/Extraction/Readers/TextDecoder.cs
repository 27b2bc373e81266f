using System.Text;

namespace GeccPortal.Extraction.Readers;

/// <summary>
/// Decodes a text file: a byte order mark wins (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8; otherwise the
/// bytes are Windows-874, the superset of TIS-620 that Thai Windows writes.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-874 (Thai), from the code pages provider, which .NET does not register by default.</summary>
    public static Encoding Thai { get; } = RegisterThai();

    private static Encoding RegisterThai()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = Encoding.UTF8;
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            encoding = Encoding.UTF8;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = Thai;
            return Thai.GetString(bytes);
        }
    }
}
