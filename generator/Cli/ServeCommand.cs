using System.CommandLine;

using GeccPortal.Generator.Build;
using GeccPortal.Generator.Serving;

namespace GeccPortal.Generator.Cli;

/// <summary><c>gecc serve</c>: build, then serve the site on http://localhost:PORT until stopped.</summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var index = CommonOptions.Index();
        var port = new Option<int>("--port") { Description = "The port to serve on", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site, then serve it on http://localhost:PORT") { content, output, index, port };
        command.SetAction(async (parse, cancellation) =>
        {
            var contentPath = parse.GetValue(content)!;
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                console.Error.WriteLine($"error: --port {portNumber} must be between 0 and 65535 (see 'gecc serve --help')");
                return ExitCodes.Usage;
            }

            if (!BuildReport.ContentFolderExists(contentPath, console))
            {
                return ExitCodes.Usage;
            }

            var outputPath = parse.GetValue(output)!;
            var result = await SiteBuild.RunAsync(new BuildOptions(contentPath, outputPath, parse.GetValue(index)));
            var exitCode = BuildReport.Print(result, console, "build");
            if (exitCode != ExitCodes.Ok)
            {
                return exitCode;
            }

            await using var app = await SiteHost.StartAsync(outputPath, result.Site!.Settings, portNumber, parse.GetValue(index));
            console.Out.WriteLine($"serving {outputPath} on {SiteHost.AddressOf(app)}{result.Site.Settings.BasePath} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving and exit normally.
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Ok;
        });
        return command;
    }
}