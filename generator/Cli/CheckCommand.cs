using System.CommandLine;

using GeccPortal.Generator.Build;

namespace GeccPortal.Generator.Cli;

/// <summary><c>gecc check</c>: validate only; writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var command = new Command("check", "Check the content and print every problem; writes nothing") { content };
        command.SetAction(async (parse, _) =>
        {
            var contentPath = parse.GetValue(content)!;
            if (!BuildReport.ContentFolderExists(contentPath, console))
            {
                return ExitCodes.Usage;
            }

            var result = await SiteBuild.RunAsync(new BuildOptions(contentPath, OutputDirectory: null, IndexDirectory: null));
            return BuildReport.Print(result, console, "check", contentPath);
        });
        return command;
    }
}
