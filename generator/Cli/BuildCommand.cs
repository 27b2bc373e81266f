using System.CommandLine;

using GeccPortal.Generator.Build;
using GeccPortal.Generator.Build.Incremental;

namespace GeccPortal.Generator.Cli;

/// <summary><c>gecc build</c>: validate the content, write the site and the search index.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var index = CommonOptions.Index();
        var baseUrl = CommonOptions.BaseUrl();
        var command = new Command("build", "Build the static site and the search index from the content folder") { content, output, index, baseUrl };
        command.SetAction(async (parse, _) =>
        {
            var contentPath = parse.GetValue(content)!;
            if (!BuildReport.ContentFolderExists(contentPath, console))
            {
                return ExitCodes.Usage;
            }

            var address = parse.GetValue(baseUrl);
            if (address is not null && !BuildReport.BaseUrlIsValid(address, console))
            {
                return ExitCodes.Usage;
            }

            var options = new BuildOptions(contentPath, parse.GetValue(output), parse.GetValue(index)) { BaseUrl = address?.Trim() };
            BuildResult result;
            // Only a rebuild: a build from nothing allocates gigabytes and collects as usual from the start.
            using (options.OutputDirectory is { } folder && CacheFiles.For(folder).Exists ? CollectionFreeWindow.Open() : null)
            using (YoungGenerationCap.Start())
            {
                result = await ProgressPrinter.RunAsync(options, console);
            }

            var exit = BuildReport.Print(result, console, "build", contentPath);
            BuildReport.NoteWhenAddressIsAPath(result, console);
            return exit;
        });
        return command;
    }
}
