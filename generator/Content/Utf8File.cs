using System.Buffers;
using System.Text;
using System.Text.Unicode;

using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Content;

/// <summary>Reads content files as strict UTF-8: a file in TIS-620 or Windows-874 is refused, not garbled.</summary>
public static class Utf8File
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The file's text (without a byte order mark), or null after reporting where the first bad byte is.</summary>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var start = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var input = bytes.AsSpan(start);
        var chars = new char[input.Length];
        var status = Utf8.ToUtf16(input, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        var (line, column) = PositionOf(input[..bytesRead]);
        diagnostics.Error(new SourceLocation(displayPath, line, column),
            $"file is not UTF-8 (byte 0x{input[bytesRead]:X2}); {(LooksLikeThaiLegacy(input[bytesRead..]) ? ThaiLegacyAdvice : "save it as UTF-8")}");
        return null;
    }

    private const string ThaiLegacyAdvice =
        "its Thai is in the older Windows-874 / TIS-620 encoding (Notepad's 'ANSI'): open it and save it again with the encoding UTF-8";

    /// <summary>
    /// Whether the bytes from the first bad one on are mostly Thai letters of TIS-620 (0xA1–0xFB, which Windows-874
    /// extends): Thai Windows editors save so by default, and the file looks right in them, so saying only "not
    /// UTF-8" left the editor nothing to change. Only read for a refused file.
    /// </summary>
    private static bool LooksLikeThaiLegacy(ReadOnlySpan<byte> rest)
    {
        int high = 0, thai = 0;
        foreach (var b in rest)
        {
            if (b >= 0x80)
            {
                high++;
                thai += b is >= 0xA1 and <= 0xFB ? 1 : 0;
            }
        }

        return high >= 4 && thai * 10 >= high * 9;
    }

    /// <summary>Line and column (in characters) just after the given valid UTF-8 prefix.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> validPrefix)
    {
        var lastNewline = validPrefix.LastIndexOf((byte)'\n');
        var line = validPrefix.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(validPrefix[(lastNewline + 1)..]) + 1;
        return (line, column);
    }
}
