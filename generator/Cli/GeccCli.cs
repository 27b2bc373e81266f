using System.CommandLine;

namespace GeccPortal.Generator.Cli;

/// <summary>
/// The table of commands. Parse errors are usage errors (exit 2), printed with a pointer to --help; file
/// system failures (permissions, a locked folder) are printed as one line and exit 1; a failure of gecc itself
/// is printed as one line too, and exits 70.
/// </summary>
public static class GeccCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("gecc: builds the GECC Portal site of Thai government circulars from content/")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            NewCommand.Create(console),
            ServeCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("run 'gecc --help' or 'gecc <command> --help' for usage");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A locked output folder or an unreadable file: say which, without a stack trace.
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return UnexpectedFailure.Report(e, console.Error, Environment.GetEnvironmentVariable(UnexpectedFailure.DebugVariable) == "1");
        }
    }
}
