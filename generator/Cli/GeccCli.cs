using System.CommandLine;

namespace GeccPortal.Generator.Cli;

/// <summary>The table of commands. Parse errors are usage errors (exit 2), printed with a pointer to --help.</summary>
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

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}