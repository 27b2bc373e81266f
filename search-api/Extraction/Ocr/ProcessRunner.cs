using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace GeccPortal.Extraction.Ocr;

/// <summary>Runs an external tool, capturing its output, and kills it (with its children) on cancellation.</summary>
internal static class ProcessRunner
{
    private const int MaxOutputChars = 8 * 1024 * 1024;

    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Runs the tool; null when it could not be started (not installed).</summary>
    public static Outcome? Run(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Files are already read in parallel; tesseract's own threads would only compete with each other.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start())
            {
                return null;
            }
        }
        catch (Win32Exception)
        {
            return null;
        }

        var output = ReadCapped(process.StandardOutput);
        var error = ReadCapped(process.StandardError);
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw;
        }

        return new Outcome(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static async Task<string> ReadCapped(StreamReader reader)
    {
        var builder = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            if (builder.Length < MaxOutputChars)
            {
                builder.Append(buffer, 0, Math.Min(read, MaxOutputChars - builder.Length));
            }
        }

        return builder.ToString();
    }
}
