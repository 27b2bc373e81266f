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
            $"file is not UTF-8 (byte 0x{input[bytesRead]:X2}); save it as UTF-8");
        return null;
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
